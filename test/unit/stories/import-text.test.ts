import { describe, expect, it } from 'vitest';
import { doc, para, text } from '../../support/doc-fixtures';
import { imported } from './import-helpers';

describe('importing .txt', () => {
  it('splits paragraphs on blank lines and takes a short first line as the title', async () => {
    const r = await imported(
      'Mi historia\n\nEra una noche fría.\nSeguí caminando.\n\n\n  \nSegundo párrafo.\n',
      'notas.txt',
    );
    expect(r.title).toBe('Mi historia');
    expect(r.doc).toEqual(
      doc(
        para(text('Era una noche fría.'), { type: 'hardBreak' }, text('Seguí caminando.')),
        para(text('Segundo párrafo.')),
      ),
    );
  });

  it("uses the file's name when the first line reads like a sentence or is long", async () => {
    expect((await imported('I was born in 1990.\n\nMore.', 'my_story.txt')).title).toBe('my story');
    expect((await imported(`${'long '.repeat(30)}\n\nMore.`, 'b.txt')).title).toBe('b');
    // A single paragraph is the story, not a title.
    expect((await imported('Just one line', 'c.txt')).title).toBe('c');
  });

  it('can keep the title line in the text for callers that set the title themselves', async () => {
    const { importStory } = await import('../../../electron/stories/index');
    const r = await importStory(Buffer.from('Mi historia\n\nTexto.'), 'a.txt', { keepTitleInText: true });
    expect(r).toEqual({ title: 'Mi historia', doc: doc(para(text('Mi historia')), para(text('Texto.'))) });
  });

  it('gives one paragraph per line to text written without blank lines', async () => {
    const r = await imported('Title\r\nline one\r\nline two\r\n', 'x.txt');
    expect(r.title).toBe('Title');
    expect(r.doc).toEqual(doc(para(text('line one')), para(text('line two'))));
  });

  it('reads UTF-8 with a byte-order mark, UTF-16 and Windows-1252', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Año\n\nNiño', 'utf8')]);
    expect(await imported(bom, 'a.txt')).toEqual({ title: 'Año', doc: doc(para(text('Niño'))) });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Año\n\nNiño', 'utf16le')]);
    expect(await imported(utf16, 'a.txt')).toEqual({ title: 'Año', doc: doc(para(text('Niño'))) });
    const cp1252 = Buffer.from([0x41, 0xf1, 0x6f, 0x0a, 0x0a, 0x4e, 0x69, 0xf1, 0x6f]);
    expect(await imported(cp1252, 'a.txt')).toEqual({ title: 'Año', doc: doc(para(text('Niño'))) });
  });

  it('drops control characters and gives an empty file an empty story', async () => {
    expect((await imported('Title\n\nbell\u0007 null\u0000 ok', 'a.txt')).doc).toEqual(doc(para(text('bell null ok'))));
    expect(await imported('', 'empty.txt')).toEqual({ title: 'empty', doc: doc({ type: 'paragraph' }) });
  });
});
