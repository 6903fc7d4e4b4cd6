import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { checkDocxSize } from '../../../electron/stories/import/docx-size-check';
import { IMPORT_LIMITS } from '../../../electron/stories/index';
import type { ImportRunner } from '../../../electron/stories/import/import-runner';
import { docxBomb, lyingDocxBomb } from './docx-bombs';
import { testImportRunner } from '../../support/import-worker-harness';

/** Runs an import and counts how often a 5 ms timer fired meanwhile: the main thread must stay free. */
async function refusedWhileAnswering(runner: ImportRunner, bytes: Buffer, fileName: string) {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 5);
  try {
    const error = await runner.run(bytes, fileName).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HarborError);
    return { error: error as HarborError, ticks };
  } finally {
    clearInterval(timer);
  }
}

/** A list of one-word items: markdown-it makes several tokens of each (1 MB took ~500 MB). */
const heavyMarkdown = (bytes: number) => Buffer.from('- a\n'.repeat(Math.floor(bytes / 4)));

describe('import runs in a bounded worker', () => {
  it('imports an ordinary file through the worker', async () => {
    const r = await testImportRunner().run(Buffer.from('# Mi historia\n\nUna *frase*.'), 'h.md');
    expect(r.title).toBe('Mi historia');
    expect(r.doc.content?.[0]).toMatchObject({ type: 'paragraph' });
  });

  it('refuses a .docx bomb while the main thread keeps answering', async () => {
    const bomb = docxBomb(40);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { error, ticks } = await refusedWhileAnswering(testImportRunner(), bomb, 'bomb.docx');
    expect(error.messageKey).toBe('import.unpackedTooLarge');
    expect(error.message).toMatch(/unpacks to more than 25 MB.*Nothing was added/);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a .docx whose parts lie about their size, counting what really inflates', async () => {
    const { error } = await refusedWhileAnswering(testImportRunner(), lyingDocxBomb(40), 'liar.docx');
    expect(error.messageKey).toBe('import.unpackedTooLarge');
    // In this process too: inflation stops at the budget whatever the headers say.
    expect(() => checkDocxSize(lyingDocxBomb(4), 1024 * 1024)).toThrow(/unpacks to more than 1 MB/);
    expect(() => checkDocxSize(docxBomb(1), 4 * 1024 * 1024)).not.toThrow();
  });

  it('refuses Markdown over its own limit with a plain message', async () => {
    const big = Buffer.from('Una frase corta.\n\n'.repeat(IMPORT_LIMITS.maxMarkdownBytes / 16));
    const { error } = await refusedWhileAnswering(testImportRunner(), big, 'big.md');
    expect(error.message).toMatch(/larger than 1 MB/);
  });

  it('ends a worker that passes its memory limit, and says nothing was added', async () => {
    const { error, ticks } = await refusedWhileAnswering(
      testImportRunner({ maxOldGenerationSizeMb: 64, timeoutMs: 60_000 }),
      heavyMarkdown(IMPORT_LIMITS.maxMarkdownBytes - 16),
      'list.md',
    );
    expect(error.messageKey).toBe('import.tooDemanding');
    expect(error.message).toMatch(/Nothing was added/);
    expect(ticks).toBeGreaterThan(0);
  });

  it('ends a worker that runs past its time limit', async () => {
    const { error } = await refusedWhileAnswering(
      testImportRunner({ maxOldGenerationSizeMb: 512, timeoutMs: 200 }),
      heavyMarkdown(IMPORT_LIMITS.maxMarkdownBytes - 16),
      'slow.md',
    );
    expect(error.messageKey).toBe('import.tooDemanding');
  });
});
