import type { Node as PMNode } from '@tiptap/pm/model';
import {
  countWords,
  DEFAULT_SPEAKING_WPM,
  docToPlainText,
  readingMinutes,
  speakingMinutes,
} from '../../../../shared/story';

export interface StoryStats {
  words: number;
  speakingMinutes: number;
  readingMinutes: number;
  wordsPerMinute: number;
}

const wordsByBlock = new WeakMap<PMNode, number>();

/**
 * Words in the live document, counted by the story model's own rules (so they match testimony and
 * export; private notes are not counted) but block by block. Top-level blocks are separated by a
 * blank line in the plain text, so their counts add up to the whole; and ProseMirror shares every
 * unchanged block between versions of the document, so after a keystroke only the block that
 * changed is counted again, even in a book-length story.
 */
export function countDocWords(doc: PMNode): number {
  let total = 0;
  doc.forEach((block) => {
    let words = wordsByBlock.get(block);
    if (words === undefined) {
      words = countWords(docToPlainText({ type: 'doc', content: [block.toJSON()] }));
      wordsByBlock.set(block, words);
    }
    total += words;
  });
  return total;
}

/** The status bar's numbers: how long the story is, to say aloud at `wordsPerMinute` and to read. */
export function storyStats(doc: PMNode, wordsPerMinute = DEFAULT_SPEAKING_WPM): StoryStats {
  const words = countDocWords(doc);
  return {
    words,
    speakingMinutes: speakingMinutes(words, wordsPerMinute),
    readingMinutes: readingMinutes(words),
    wordsPerMinute,
  };
}
