import { HarborError, isHarborError, type ErrorCode, ERROR_CODES } from '../../../shared/errors';
import type { ErrorParamValue } from '../../../shared/error-text/define-error-text';
import { isErrorMessageKey } from '../../../shared/error-text/error-catalog';
import { parseStoryDoc } from '../../../shared/story/doc-schema';
import { cleanTitle } from './clean-title';
import { importErrors } from './import-errors';
import { importStory } from './import-story';
import type { ImportOptions, ImportedStory } from './imported-story';

/** What the main process sends the import worker: one file, once. */
export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  opts: ImportOptions;
}

/** The worker's one answer: the story, or the error a person should read. */
export type ImportReply =
  | { ok: true; story: ImportedStory }
  | { ok: false; code: ErrorCode; key: string; params: Record<string, ErrorParamValue> };

const isErrorCode = (code: unknown): code is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(code);

function plainParams(params: unknown): Record<string, ErrorParamValue> {
  const out: Record<string, ErrorParamValue> = {};
  if (typeof params !== 'object' || params === null) return out;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  }
  return out;
}

/** Runs inside the worker. */
export async function answerImport(request: ImportRequest): Promise<ImportReply> {
  try {
    const story = await importStory(Buffer.from(request.bytes), request.fileName, request.opts);
    return { ok: true, story };
  } catch (error) {
    const e = isHarborError(error) ? error : importErrors.tooDemanding();
    return { ok: false, code: e.code, key: e.messageKey, params: { ...e.params } };
  }
}

/**
 * Runs in the main process: the reply crossed a process boundary, so it is checked like any other
 * input (the story against the schema, the error against the catalog) before it is believed.
 */
export function storyFromReply(reply: unknown): ImportedStory {
  const r = reply as Partial<ImportReply> | null;
  if (r?.ok === true && r.story && typeof r.story.title === 'string') {
    return { title: cleanTitle(r.story.title), doc: parseStoryDoc(r.story.doc) };
  }
  if (r?.ok === false && isErrorMessageKey(r.key) && isErrorCode(r.code)) {
    throw new HarborError(r.code, { key: r.key, params: plainParams(r.params) } as never);
  }
  throw importErrors.tooDemanding();
}
