import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../../shared/error-text/error-catalog';
import { doc, para, text } from '../../support/doc-fixtures';
import { importRefused, imported } from './import-helpers';

/** A small real .docx, made in the test (no binary fixture in the repository). */
async function makeDocx(children: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('importing .docx', () => {
  it('keeps headings, bold, italic, underline and lists', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Mi historia', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Fuerte', bold: true }),
          new TextRun(' y '),
          new TextRun({ text: 'subrayado', underline: {} }),
          new TextRun({ text: ' e itálica', italics: true }),
        ],
      }),
      new Paragraph({ text: 'Después', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'uno', bullet: { level: 0 } }),
      new Paragraph({ text: 'dos', bullet: { level: 0 } }),
    ]);
    const r = await imported(bytes, 'carta.docx');
    expect(r.title).toBe('Mi historia');
    expect(r.doc).toEqual(
      doc(
        para(
          text('Fuerte', { type: 'bold' }),
          text(' y '),
          text('subrayado', { type: 'underline' }),
          text(' e itálica', { type: 'italic' }),
        ),
        { type: 'heading', attrs: { level: 2 }, content: [text('Después')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para(text('uno'))] },
            { type: 'listItem', content: [para(text('dos'))] },
          ],
        },
      ),
    );
  });

  it("takes the file's name as the title when there is no first-level heading", async () => {
    const r = await imported(await makeDocx([new Paragraph('Solo texto')]), 'Testimonio_final.docx');
    expect(r).toEqual({ title: 'Testimonio final', doc: doc(para(text('Solo texto'))) });
  });

  it('refuses a file that is not a Word document', async () => {
    expect(await importRefused(Buffer.from('not a zip at all'), 'fake.docx', 'invalid_input')).toMatch(
      /couldn't read that \.docx/,
    );
  });

  it('refuses a zip that claims to unpack to far more than a document needs', async () => {
    // One central-directory entry claiming ~4 GB, and the end record pointing at it.
    const name = Buffer.from('word/document.xml');
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0xfffffff0, 24);
    central.writeUInt16LE(name.length, 28);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(0, 16);
    const bomb = Buffer.concat([central, name, eocd]);
    expect(await importRefused(bomb, 'bomb.docx', 'invalid_input')).toMatch(/unpacks to more than 25 MB/);
  });
});

describe('hidden and tracked Word text', () => {
  it('leaves out hidden text, and tells the person how much, in English and Spanish', async () => {
    const bytes = await makeDocx([
      new Paragraph({
        children: [
          new TextRun('I left that house in the spring.'),
          new TextRun({ text: ' Juan Perez 42 Elm', vanish: true }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: 'Call 555-123-4567', vanish: true })] }),
      new Paragraph('Nobody helped me.'),
    ]);
    const r = await imported(bytes, 'story.docx');
    const all = JSON.stringify(r.doc);
    expect(all).not.toMatch(/Juan|Perez|Elm|555/);
    expect(all).toContain('I left that house in the spring.');
    expect(all).toContain('Nobody helped me.');
    expect(r.notices).toEqual([{ key: 'import.hiddenTextDropped', params: { words: 6, characters: 30 } }]);
    const [notice] = r.notices!;
    expect(formatErrorMessage('en', notice!.key, notice!.params)).toMatch(
      /left out hidden text.*6 words \(30 characters\)/,
    );
    expect(formatErrorMessage('es', notice!.key, notice!.params)).toMatch(
      /dejó fuera texto oculto.*6 palabras \(30 caracteres\)/,
    );
  });

  it('says nothing when nothing was hidden', async () => {
    const r = await imported(await makeDocx([new Paragraph('Solo texto')]), 'plain.docx');
    expect(r.notices).toBeUndefined();
  });

  it('keeps tracked insertions as text and leaves tracked deletions out', async () => {
    const change = { id: 1, author: 'Someone', date: '2020-01-01T00:00:00Z' };
    const bytes = await makeDocx([
      new Paragraph({
        children: [
          new TextRun('They took my '),
          new DeletedTextRun({ ...change, text: 'old passport' }),
          new InsertedTextRun({ ...change, id: 2, text: 'papers' }),
          new TextRun('.'),
        ],
      }),
    ]);
    const r = await imported(bytes, 'tracked.docx');
    expect(r.doc).toEqual(doc(para(text('They took my papers.'))));
    expect(r.notices).toBeUndefined();
  });
});
