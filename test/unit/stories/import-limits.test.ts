import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../electron/stories/index';
import { importRefused, imported } from './import-helpers';

describe('import limits', () => {
  it('names the formats it can open when given another', async () => {
    for (const name of ['story.pdf', 'story.rtf', 'story', 'story.docx.exe', '.txt']) {
      expect(await importRefused(Buffer.from('x'), name, 'unsupported')).toBe(
        'Harbor can open .txt, .md, .html and .docx files.',
      );
    }
  });

  it('accepts extensions in any case', async () => {
    expect((await imported('Title\n\nbody', 'STORY.TXT')).title).toBe('Title');
    expect((await imported('<h1>T</h1>', 'page.HTM')).title).toBe('T');
  });

  it('refuses files over 20 MB with a plain message', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 0x61);
    expect(await importRefused(big, 'big.txt', 'invalid_input')).toMatch(/larger than 20 MB/);
  });

  it('refuses text with more lines than a story can hold', async () => {
    expect(await importRefused(Buffer.from('a\n'.repeat(200_000)), 'lines.txt', 'invalid_input')).toMatch(
      /more than Harbor can keep/,
    );
  });
});
