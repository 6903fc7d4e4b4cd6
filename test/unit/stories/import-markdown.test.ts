import { describe, expect, it } from 'vitest';
import { doc, para, text } from '../../support/doc-fixtures';
import { imported } from './import-helpers';

describe('importing .md', () => {
  it('turns headings, emphasis, lists and quotes into the story model', async () => {
    const md = [
      '# Mi historia',
      '',
      'Llegué con **miedo** y *esperanza*.',
      '',
      '## Después',
      '',
      '- uno',
      '- dos',
      '',
      '1. first',
      '',
      '> Lo que dije',
      '',
      '#### small heading',
      '',
      '```',
      'line a',
      'line b',
      '```',
    ].join('\n');
    const r = await imported(md, 'x.md');
    expect(r.title).toBe('Mi historia');
    expect(r.doc.content).toEqual([
      para(
        text('Llegué con '),
        text('miedo', { type: 'bold' }),
        text(' y '),
        text('esperanza', { type: 'italic' }),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Después')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('uno'))] },
          { type: 'listItem', content: [para(text('dos'))] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('first'))] }] },
      { type: 'blockquote', content: [para(text('Lo que dije'))] },
      { type: 'heading', attrs: { level: 3 }, content: [text('small heading')] },
      para(text('line a'), { type: 'hardBreak' }, text('line b')),
    ]);
  });

  it('keeps link text without the link, drops images, and sanitises raw HTML', async () => {
    const md =
      'See [the law](javascript:alert(1)) ![pic](http://tracker.example/x.png)\n\n<script>alert(1)</script>\n\n<span data-sensitive="place">Lima</span>';
    const r = await imported(md, 'notes.md');
    expect(r.title).toBe('notes');
    const json = JSON.stringify(r.doc);
    expect(json).not.toMatch(/javascript|alert|tracker|http/);
    expect(r.doc.content![0]).toEqual(para(text('See the law')));
    expect(r.doc.content![1]).toMatchObject({
      type: 'paragraph',
      content: [{ text: 'Lima', marks: [{ type: 'sensitive', attrs: { category: 'place' } }] }],
    });
  });

  it('keeps the title heading in the text when it is not the first block', async () => {
    const r = await imported('Intro\n\n# Heading', 'x.md');
    expect(r.title).toBe('Heading');
    expect(r.doc).toEqual(
      doc(para(text('Intro')), { type: 'heading', attrs: { level: 1 }, content: [text('Heading')] }),
    );
  });
});
