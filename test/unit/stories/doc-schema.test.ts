import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { DOC_LIMITS, parseStoryDoc, storyDocSchema } from '../../../shared/story/index';
import { bullets, doc, fullDoc, para, text } from '../../support/doc-fixtures';

function problem(value: unknown): string {
  try {
    parseStoryDoc(value);
  } catch (error) {
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('invalid_input');
    return (error as HarborError).message;
  }
  throw new Error('expected the document to be refused');
}

/** doc → blockquote → blockquote → … → paragraph, `levels` deep. */
function nestedQuotes(levels: number): unknown {
  let node: unknown = para(text('deep'));
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('story document schema', () => {
  it('accepts every node and mark of the model, unchanged', () => {
    expect(parseStoryDoc(fullDoc)).toEqual(fullDoc);
    expect(parseStoryDoc({ type: 'doc' })).toEqual({ type: 'doc' });
    expect(parseStoryDoc(doc({ type: 'paragraph' }))).toEqual(doc({ type: 'paragraph' }));
  });

  it('refuses node types the model does not have, naming them', () => {
    expect(problem(doc({ type: 'image', attrs: { src: 'x' } } as never))).toMatch(/doesn't know: "image"/);
    expect(problem(doc(para({ type: 'mention' } as never)))).toMatch(/"mention"/);
    expect(problem(doc({ type: 'doc' } as never))).toMatch(/"doc"/);
  });

  it('refuses mark types the model does not have, naming them', () => {
    const linked = doc(
      para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] } as never),
    );
    expect(problem(linked)).toMatch(/formatting Harbor doesn't know: "link"/);
  });

  it('keeps a hostile type name short in the message', () => {
    expect(problem(doc({ type: 'x'.repeat(10_000) } as never)).length).toBeLessThan(300);
  });

  it('refuses what is not a document at all', () => {
    expect(problem(null)).toMatch(/isn't a Harbor story/);
    expect(problem([])).toMatch(/isn't a Harbor story/);
    expect(problem({ type: 'paragraph' })).toMatch(/isn't a Harbor story/);
    expect(problem({ type: 'doc', content: 'text' })).toMatch(/content/);
  });

  it('refuses structure the editor could not open', () => {
    expect(problem(doc({ type: 'heading', attrs: { level: 4 }, content: [text('h')] } as never))).toMatch(
      /at content\.0/,
    );
    expect(problem(doc(para({ type: 'text', text: '' })))).toMatch(/can't|can keep/);
    expect(problem(doc({ type: 'bulletList', content: [para(text('not an item'))] } as never))).toMatch(/content\.0/);
    expect(problem(doc({ type: 'privateNote', content: [bullets('x')] } as never))).toMatch(/content\.0/);
    expect(
      problem(doc(para(text('x', { type: 'sensitive', attrs: { category: 'weapon', id: 'd1' } } as never)))),
    ).toMatch(/content/);
    expect(problem(doc(para(text('x', { type: 'sensitive', attrs: { category: 'person', id: '<script>' } }))))).toMatch(
      /content/,
    );
    expect(problem(doc(para(text('x'), { type: 'paragraph' } as never)))).toMatch(/content/);
  });

  it('drops keys the model does not describe', () => {
    const parsed = parseStoryDoc({
      type: 'doc',
      onload: 'alert(1)',
      content: [{ type: 'paragraph', attrs: { style: 'x' }, content: [{ type: 'text', text: 'hi', onclick: 'x' }] }],
    });
    expect(parsed).toEqual(doc(para(text('hi'))));
  });

  it('refuses documents nested deeper than the bound, without overflowing the stack', () => {
    expect(() => parseStoryDoc(nestedQuotes(DOC_LIMITS.maxDepth - 3))).not.toThrow();
    expect(problem(nestedQuotes(DOC_LIMITS.maxDepth))).toMatch(/nested more deeply/);
    expect(problem(nestedQuotes(200_000))).toMatch(/nested more deeply/);
  });

  it('refuses documents with too many nodes or too much text', () => {
    const many = { type: 'doc', content: Array.from({ length: DOC_LIMITS.maxNodes }, () => ({ type: 'paragraph' })) };
    expect(problem(many)).toMatch(/more parts/);
    const long = doc(para(text('a'.repeat(DOC_LIMITS.maxTextChars + 1))));
    expect(problem(long)).toMatch(/longer than Harbor/);
    const marks = Array.from({ length: DOC_LIMITS.maxMarksPerNode + 1 }, () => ({ type: 'bold' }));
    expect(problem(doc(para({ type: 'text', text: 'x', marks } as never)))).toMatch(/more formatting/);
  });

  it('is usable as a zod schema (safeParse never throws)', () => {
    expect(storyDocSchema.safeParse(fullDoc).success).toBe(true);
    expect(storyDocSchema.safeParse(nestedQuotes(100_000)).success).toBe(false);
    expect(storyDocSchema.safeParse(undefined).success).toBe(false);
  });
});
