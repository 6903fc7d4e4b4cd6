import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/export-file';
import { renderDocx } from '../../support/render-docx-zip';
import { scrubDocxParts } from '../../../electron/export/scrub-docx';
import { scrubDocx } from '../../../electron/export/scrub-docx-file';
import { readZip } from '../../../electron/export/zip';
import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { renderDocxPartsWithDocx, renderDocxWithDocx } from '../../support/docx-oracle/render-with-docx';
import { exportDoc } from './helpers/fixtures';

/*
 * exportDocx zips once: it scrubs the renderer's parts before they are ever zipped. The scrubber's
 * guarantees are tested on zipped files (scrub-docx.test.ts); these hold the one-zip export to the
 * same bytes as rendering, zipping, unzipping and scrubbing, so nothing the scrubber would have
 * removed from the zip can stay in the parts. The docx-built reference (test/support/docx-oracle)
 * takes its parts from a private member of docx: they are held to what docx's public Packer zips,
 * so the writer is compared with what docx really writes (wordml-matches-docx.test.ts).
 */

const blocks: Block[] = [
  { type: 'heading', level: 1, runs: [{ text: 'What happened' }] },
  {
    type: 'paragraph',
    runs: [{ text: 'Plain, ' }, { text: 'bold', bold: true }, { text: ' and italic', italic: true }],
  },
  {
    type: 'list',
    ordered: true,
    items: [[{ type: 'paragraph', runs: [{ text: 'first' }] }], [{ type: 'paragraph', runs: [{ text: 'second' }] }]],
  },
  { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'Quoted words, 東京 and عربي.' }] }] },
];

const documents: [string, ExportDocument][] = [
  ['a story with a title and byline', exportDoc({ blocks })],
  ['untitled, on A4, in Spanish', exportDoc({ blocks, title: null, paper: 'a4', language: 'es' })],
  [
    'with a salutation, signature and numbered paragraphs',
    exportDoc({ blocks, salutation: 'Dear members,', signature: ['Q. V.', 'Constituent'], numberedParagraphs: true }),
  ],
];

describe('the docx-built reference, unzipped', () => {
  it.each(documents)('has exactly the parts docx would zip: %s', async (_, doc) => {
    const zipped = readZip(await renderDocxWithDocx(doc));
    const parts = renderDocxPartsWithDocx(doc);
    expect(parts.map((p) => p.name)).toEqual(zipped.map((p) => p.name));
    // docx dates core.xml when it renders (the scrubber writes its own); everything else is byte for byte.
    const undated = (data: Buffer) => data.toString('utf8').replace(/(<dcterms:\w+[^>]*>)[^<]*/g, '$1');
    parts.forEach((part, i) => expect(undated(part.data), part.name).toBe(undated(zipped[i]!.data)));
  });

  it.each(documents)('scrubs to the same bytes as the zip docx writes: %s', async (_, doc) => {
    const twice = scrubDocx(await renderDocxWithDocx(doc), { title: doc.title ?? null });
    expect(scrubDocxParts(renderDocxPartsWithDocx(doc), { title: doc.title ?? null }).equals(twice)).toBe(true);
  });
});

describe('exportDocx, zipped once', () => {
  it.each(documents)('gives the same bytes as scrubbing the zipped file: %s', async (_, doc) => {
    const twice = scrubDocx(await renderDocx(doc), { title: doc.title ?? null });
    expect((await exportDocx(doc)).equals(twice)).toBe(true);
  });
});
