import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/export-file';
import { readZip } from '../../../electron/export/zip';
import type { Block } from '../../../shared/export/export-document';
import { exportDoc } from './helpers/fixtures';

/*
 * An exported file says nothing about the program that made it: a Word file whose styles or lists
 * were named after Harbor would tell whoever opens it (Word's style pane lists them) or unzips it
 * that its writer uses a tool made for survivors. Every part, every name, every form.
 */
const blocks: Block[] = [
  { type: 'heading', level: 2, timeMark: true, runs: [{ text: '0:30' }] },
  { type: 'paragraph', runs: [{ text: 'Plain words.' }] },
  {
    type: 'list',
    ordered: true,
    items: [[{ type: 'paragraph', runs: [{ text: 'first' }] }], [{ type: 'paragraph', runs: [{ text: 'second' }] }]],
  },
  {
    type: 'list',
    ordered: false,
    items: [[{ type: 'paragraph', runs: [{ text: 'a point' }] }]],
  },
];

describe('an exported Word file never names Harbor', () => {
  it.each([
    ['a story', exportDoc({ blocks })],
    [
      'a letter with a cover note and numbered paragraphs',
      exportDoc({ blocks, coverNote: 'For the committee', numberedParagraphs: true }),
    ],
    ['a podium script', exportDoc({ blocks, layout: 'podium' })],
  ])('%s', async (_, doc) => {
    for (const part of readZip(await exportDocx(doc)))
      expect(part.data.toString('utf8'), part.name).not.toMatch(/harbor/i);
  });
});
