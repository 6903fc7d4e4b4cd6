import { describe, expect, it } from 'vitest';
import { applyConsent } from '../../../shared/consent/transform';
import type { StoryDoc } from '../../../shared/core/story-doc';
import { exportDocumentSchema } from '../../../shared/export/export-document-schema';
import { fromDoc } from '../../../shared/export/from-doc';
import { normalizeExportDocument } from '../../../shared/export/normalize-export-document';
import { author, exportDoc, para, sensitive, terms, text } from './helpers/fixtures';

describe('fromDoc', () => {
  it('refuses a document that still carries a sensitive mark', () => {
    const doc = { type: 'doc', content: [para(text('We met '), sensitive('José Núñez', 'person', 'd1'), text('.'))] };
    expect(() => fromDoc(doc)).toThrow(/Apply the consent/);
  });

  it('refuses a sensitive mark nested deep inside a list or a quote', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          content: [
            { type: 'bulletList', content: [{ type: 'listItem', content: [para(sensitive('Lima', 'place', 'd2'))] }] },
          ],
        },
      ],
    };
    expect(() => fromDoc(doc)).toThrow(/Apply the consent/);
  });

  it('refuses a private note, wherever it is', () => {
    expect(() =>
      fromDoc({ type: 'doc', content: [{ type: 'privateNote', content: [para(text('only for me'))] }] }),
    ).toThrow(/private notes/);
    expect(() =>
      fromDoc({ type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'privateNote', content: [] }] }] }),
    ).toThrow();
  });

  it('accepts the same document once applyConsent has run', () => {
    const doc: StoryDoc = {
      type: 'doc',
      content: [
        para(text('We met '), sensitive('José Núñez', 'person', 'd1'), text(' in '), sensitive('Lima', 'place', 'd2')),
        { type: 'privateNote', content: [para(text('secret'))] },
      ],
    };
    const blocks = fromDoc(applyConsent(doc, terms(['person', 'place']), author).doc);
    expect(blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'We met [name withheld] in [place withheld]' }] }]);
  });

  it('maps headings, lists, quotes, marks and line breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Why I am here')] },
        para(
          text('plain '),
          text('bold', 'bold'),
          text(' both', 'bold', 'italic', 'underline'),
          { type: 'hardBreak' },
          text('next line'),
        ),
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [
                para(text('three')),
                { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('inner'))] }] },
              ],
            },
          ],
        },
        { type: 'blockquote', content: [para(text('quoted'))] },
        { type: 'heading', attrs: { level: 6 }, content: [text('deep')] },
        para(),
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'link text', marks: [{ type: 'link' }] },
            { type: 'mention', attrs: { label: 'someone' } },
          ],
        },
      ],
    };
    expect(fromDoc(doc)).toEqual([
      { type: 'heading', level: 2, runs: [{ text: 'Why I am here' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'plain ' },
          { text: 'bold', bold: true },
          { text: ' both', bold: true, italic: true, underline: true },
          { text: '\nnext line' },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          [
            { type: 'paragraph', runs: [{ text: 'three' }] },
            { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'inner' }] }]] },
          ],
        ],
      },
      { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'quoted' }] }] },
      { type: 'heading', level: 3, runs: [{ text: 'deep' }] },
      { type: 'paragraph', runs: [{ text: 'link text' }] },
    ]);
  });

  it('removes characters that would make Word refuse the file', () => {
    const blocks = fromDoc({ type: 'doc', content: [para(text('a\u0000b\u0007c\tde\uD800f'))] });
    expect(blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'abc def' }] }]);
  });
});

describe('normalizeExportDocument and the schema', () => {
  it('cleans one-line fields and drops empty ones', () => {
    const doc = normalizeExportDocument(
      exportDoc({ title: '  Two\nlines\u0001 ', byline: '   ', headingBlock: ['a', ' ', 'b'], signature: [] }),
    );
    expect(doc.title).toBe('Two lines');
    expect(doc.byline).toBeNull();
    expect(doc.headingBlock).toEqual(['a', 'b']);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    let block: any = { type: 'paragraph', runs: [{ text: 'x' }] };
    for (let i = 0; i < 40; i++) block = { type: 'blockquote', blocks: [block] };
    expect(() => normalizeExportDocument(exportDoc({ blocks: [block] }))).toThrow(/nested/);
  });

  it('accepts a valid document and rejects unknown fields', () => {
    const doc = exportDoc({
      blocks: [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'x', bold: true }] }]] }],
    });
    expect(exportDocumentSchema.safeParse(doc).success).toBe(true);
    expect(exportDocumentSchema.safeParse({ ...doc, author: 'someone' }).success).toBe(false);
    expect(exportDocumentSchema.safeParse({ ...doc, blocks: [{ type: 'image', src: 'http://x' }] }).success).toBe(
      false,
    );
  });
});
