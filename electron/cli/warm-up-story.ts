import { storyDataSchema, type StoryData } from '../../shared/story/story-data';

/*
 * Reading a story checks it against the story schema, whose checks are compiled the first time
 * they run: a story of Harbor's own words (nothing of the person's: the vault is not open yet) is
 * checked once while the vault's key is derived, so that the person's story is checked by code
 * already compiled.
 */

const WORDS = 'The quick brown fox jumps over the lazy dog, and the dog sleeps on. ';
const AT = '2026-01-01T00:00:00.000Z';

/** A story of fixed words with what stories hold: headings, paragraphs, marks, a list, a quotation. */
export function warmUpStory(): StoryData {
  const text = (marks?: { type: 'bold' | 'italic' }[]) => ({
    type: 'text' as const,
    text: WORDS,
    ...(marks ? { marks } : {}),
  });
  const paragraph = {
    type: 'paragraph' as const,
    content: [text(), text([{ type: 'italic' }]), text([{ type: 'bold' }])],
  };
  return {
    title: 'Harbor',
    tags: [],
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Part 1' }] },
        paragraph,
        paragraph,
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph] }] },
        { type: 'blockquote', content: [paragraph] },
      ],
    },
    createdAt: AT,
    updatedAt: AT,
    trashedAt: null,
  };
}

/** Checks the warm-up story; whether it passes is of no matter here (a test sees that it does). */
export function warmUpStoryCheck(): boolean {
  return storyDataSchema.safeParse(warmUpStory()).success;
}
