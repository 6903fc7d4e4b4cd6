import { describe, expect, it } from 'vitest';
import { storyDataSchema, toStory, toSummary } from '../../../shared/story/index';
import { doc, note, para, text } from '../../support/doc-fixtures';

const at = '2025-03-01T10:00:00.000Z';
const valid = {
  title: 'Mi historia',
  tags: ['hearing'],
  doc: doc(para(text('Hola mundo'))),
  createdAt: at,
  updatedAt: at,
  trashedAt: null,
};

describe('StoryData schema', () => {
  it('accepts a story and trims and de-duplicates its tags', () => {
    expect(storyDataSchema.parse({ ...valid, tags: [' a ', 'a', 'b'] }).tags).toEqual(['a', 'b']);
  });

  it('refuses missing fields, bad times, long titles and bad tags', () => {
    expect(storyDataSchema.safeParse({ ...valid, createdAt: 'yesterday' }).success).toBe(false);
    expect(storyDataSchema.safeParse({ ...valid, trashedAt: undefined }).success).toBe(false);
    expect(storyDataSchema.safeParse({ ...valid, title: 'x'.repeat(301) }).success).toBe(false);
    expect(storyDataSchema.safeParse({ ...valid, tags: [''] }).success).toBe(false);
    expect(storyDataSchema.safeParse({ ...valid, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }).success).toBe(
      false,
    );
    expect(storyDataSchema.safeParse({ ...valid, doc: { type: 'doc', content: [{ type: 'image' }] } }).success).toBe(
      false,
    );
  });

  it('summarises without the text, counting only words that will be read out', () => {
    const story = toStory('0123456789abcdef0123456789abcdef', 3, {
      ...valid,
      doc: doc(para(text('Hola mundo')), note('no cuenta')),
    });
    expect(story.wordCount).toBe(2);
    expect(toSummary(story)).toEqual({
      id: '0123456789abcdef0123456789abcdef',
      title: 'Mi historia',
      tags: ['hearing'],
      updatedAt: at,
      wordCount: 2,
      trashedAt: null,
      revision: 3,
    });
  });
});
