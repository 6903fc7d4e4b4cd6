import { expect } from 'vitest';
import { HarborError, type ErrorCode } from '../../../shared/errors';
import { parseStoryDoc } from '../../../shared/story/doc-schema';
import { importStory, type ImportedStory } from '../../../electron/stories/index';

/** Imports and checks the result is a valid story document (what the service would accept). */
export async function imported(source: string | Buffer, fileName: string): Promise<ImportedStory> {
  const result = await importStory(typeof source === 'string' ? Buffer.from(source, 'utf8') : source, fileName);
  expect(parseStoryDoc(result.doc)).toEqual(result.doc);
  return result;
}

export async function importRefused(source: Buffer, fileName: string, code: ErrorCode): Promise<string> {
  const error = await importStory(source, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  expect((error as HarborError).code).toBe(code);
  return (error as HarborError).message;
}
