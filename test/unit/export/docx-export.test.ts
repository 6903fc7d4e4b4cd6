import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/index';
import type { Block } from '../../../shared/export/export-document';
import { docxParts, paragraphsWithNumbers } from '../../support/docx-inspect';
import { exportDoc, NATO } from './helpers/fixtures';

const numberedBlocks: Block[] = [
  { type: 'heading', level: 1, runs: [{ text: 'Summary' }] },
  ...NATO.slice(0, 2).map((w): Block => ({ type: 'paragraph', runs: [{ text: `${w} paragraph.` }] })),
  { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'a bullet' }] }]] },
  { type: 'heading', level: 2, runs: [{ text: 'Facts' }] },
  ...NATO.slice(2).map((w): Block => ({ type: 'paragraph', runs: [{ text: `${w} paragraph.` }] })),
];

describe('exportDocx', () => {
  it('writes core.xml and app.xml from the allow-list only, with fixed dates', async () => {
    const parts = docxParts(await exportDocx(exportDoc({ title: 'Testimony on SB 123' })));
    const core = parts.get('docProps/core.xml')!;
    const fields = Object.fromEntries(
      [...core.matchAll(/<((?:dc|cp|dcterms):\w+)[^>]*>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]]),
    );
    expect(fields).toEqual({
      'dc:title': 'Testimony on SB 123',
      'dc:subject': '',
      'dc:creator': '',
      'cp:keywords': '',
      'dc:description': '',
      'cp:lastModifiedBy': '',
      'cp:revision': '1',
      'dcterms:created': '2000-01-01T00:00:00Z',
      'dcterms:modified': '2000-01-01T00:00:00Z',
    });
    expect(parts.get('docProps/app.xml')).toMatch(/<Properties [^>]*><Application><\/Application><\/Properties>$/);
  });

  it('leaves the title empty when none was approved', async () => {
    const parts = docxParts(await exportDocx(exportDoc({ title: null })));
    expect(parts.get('docProps/core.xml')).toContain('<dc:title></dc:title>');
  });

  it('has no custom properties, comments, thumbnails, footnotes or revision ids', async () => {
    const parts = docxParts(await exportDocx(exportDoc({ blocks: numberedBlocks })));
    expect(
      [...parts.keys()].filter((n) => /custom|comment|thumbnail|people|footnotes|endnotes|webSettings/.test(n)),
    ).toEqual([]);
    for (const xml of parts.values()) expect(xml).not.toMatch(/rsid|w:vanish|<w:ins\b|<w:del\b/);
  });

  it('is deterministic: the same document gives the same bytes', async () => {
    const doc = exportDoc({ blocks: numberedBlocks, numberedParagraphs: true });
    expect((await exportDocx(doc)).equals(await exportDocx(doc))).toBe(true);
  });

  it('numbers every paragraph 1., 2., … through headings, quotations and list items, so each can be cited', async () => {
    const blocks: Block[] = [
      ...numberedBlocks,
      { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'a quoted paragraph' }] }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'paragraph', runs: [{ text: 'first recommendation' }] }],
          [{ type: 'paragraph', runs: [{ text: 'second recommendation' }] }],
        ],
      },
    ];
    const paragraphs = paragraphsWithNumbers(
      await exportDocx(exportDoc({ title: null, byline: null, blocks, numberedParagraphs: true })),
    );
    expect(paragraphs).toEqual([
      'Summary',
      '1. Alpha paragraph.',
      '2. Bravo paragraph.',
      '3. a bullet',
      'Facts',
      '4. Charlie paragraph.',
      '5. Delta paragraph.',
      '6. Echo paragraph.',
      '7. a quoted paragraph',
      '8. first recommendation',
      '9. second recommendation',
    ]);
    // Numbered paragraphs stay body paragraphs, not list items.
    const document = docxParts(await exportDocx(exportDoc({ blocks, numberedParagraphs: true }))).get(
      'word/document.xml',
    )!;
    expect(document).not.toContain('<w:pStyle w:val="ListParagraph"/>');
    const plain = paragraphsWithNumbers(await exportDocx(exportDoc({ title: null, byline: null, blocks })));
    expect(plain).toContain('Alpha paragraph.');
    expect(plain).toContain('• first recommendation');
  });

  it('restarts each ordered list and honours its start number', async () => {
    const list = (start?: number): Block => ({
      type: 'list',
      ordered: true,
      ...(start ? { start } : {}),
      items: [[{ type: 'paragraph', runs: [{ text: 'x' }] }], [{ type: 'paragraph', runs: [{ text: 'y' }] }]],
    });
    const paragraphs = paragraphsWithNumbers(
      await exportDocx(exportDoc({ title: null, byline: null, blocks: [list(), list(), list(7)] })),
    );
    expect(paragraphs).toEqual(['1. x', '2. y', '1. x', '2. y', '7. x', '8. y']);
  });

  it('uses real styles: default font and size, headings, a quote style, the footer page label', async () => {
    const parts = docxParts(
      await exportDocx(
        exportDoc({
          language: 'es',
          blocks: [
            ...numberedBlocks,
            { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'cita' }] }] },
          ],
        }),
      ),
    );
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="24"\/>[\s\S]*<\/w:docDefaults>/,
    );
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="es-ES" w:eastAsia="es-ES" w:bidi="ar-SA"\/>/);
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote'])
      expect(styles).toContain(`w:styleId="${id}"`);
    const document = parts.get('word/document.xml')!;
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Quote"/>');
    const footer = parts.get('word/footer1.xml')!;
    expect(footer).toMatch(/Página [\s\S]*PAGE[\s\S]* de [\s\S]*NUMPAGES/);
    const en = docxParts(await exportDocx(exportDoc()));
    expect(en.get('word/footer1.xml')).toMatch(/Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);
  });

  it('sets the paper size and one-inch margins', async () => {
    const letter = docxParts(await exportDocx(exportDoc({ paper: 'letter' }))).get('word/document.xml')!;
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(letter).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    const a4 = docxParts(await exportDocx(exportDoc({ paper: 'a4' }))).get('word/document.xml')!;
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('prints the front matter and signature in order, readable by another reader (mammoth)', async () => {
    const docx = await exportDocx(
      exportDoc({
        headingBlock: ['Q. V. • SB 123 • 1 March 2027'],
        byline: 'Written evidence submitted by Q. V.',
        coverNote: 'May be shared with the committee.',
        salutation: 'Chair Ruiz and Members of the Committee:',
        blocks: [{ type: 'paragraph', runs: [{ text: 'Body & <text>.' }, { text: '\nSecond line', italic: true }] }],
        signature: ['Respectfully,', 'Q. V.'],
      }),
    );
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const order = [
      'Q. V. • SB 123',
      'Testimony on SB 123',
      'Written evidence submitted',
      'May be shared',
      'Chair Ruiz',
      'Body & <text>.',
      'Second line',
      'Respectfully,',
    ];
    const positions = order.map((s) => value.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
