import type { StoryDoc } from '../../../../shared/ipc/contract';
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

/**
 * The status bar's numbers, from the story model's own counting so they match testimony and
 * export (private notes are not counted: they are never read out or exported).
 */
export function storyStats(doc: StoryDoc, wordsPerMinute = DEFAULT_SPEAKING_WPM): StoryStats {
  const words = countWords(docToPlainText(doc));
  return {
    words,
    speakingMinutes: speakingMinutes(words, wordsPerMinute),
    readingMinutes: readingMinutes(words),
    wordsPerMinute,
  };
}
