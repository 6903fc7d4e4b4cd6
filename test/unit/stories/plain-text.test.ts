import { describe, expect, it } from 'vitest';
import { docToPlainText } from '../../../shared/story/index';
import { doc, fullDoc, note, para, text } from '../../support/doc-fixtures';

describe('docToPlainText', () => {
  it('gives paragraphs separated by blank lines, breaks as newlines, lists one item a line', () => {
    expect(docToPlainText(fullDoc)).toBe(
      ['Title', 'Plain bold and Ana\nnext line', 'first', 'a\nb', 'quoted'].join('\n\n'),
    );
  });

  it('leaves private notes out unless asked', () => {
    const d = doc(para(text('story')), note('secret'));
    expect(docToPlainText(d)).toBe('story');
    expect(docToPlainText(d, { includePrivateNotes: false })).toBe('story');
    expect(docToPlainText(d, { includePrivateNotes: true })).toBe('story\n\nsecret');
  });

  it('marks notes, numbers lists and quotes when the text is for reading', () => {
    const out = docToPlainText(fullDoc, { includePrivateNotes: true, forReading: true });
    expect(out).toContain('1. first');
    expect(out).toContain('• a\n• b');
    expect(out).toContain('> quoted');
    expect(out).toContain('[private note] only for me');
  });

  it('indents nested lists under their item when reading', () => {
    const nested = doc({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            para(text('outer')),
            { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('inner'))] }] },
          ],
        },
      ],
    });
    expect(docToPlainText(nested, { forReading: true })).toBe('3. outer\n   • inner');
  });

  it('skips empty paragraphs and unknown nodes in loose input instead of failing', () => {
    const loose = { type: 'doc', content: [{ type: 'paragraph' }, para(text('x')), { type: 'image' }, null, 'junk'] };
    expect(docToPlainText(loose)).toBe('x');
    expect(docToPlainText({ type: 'doc' })).toBe('');
  });
});
