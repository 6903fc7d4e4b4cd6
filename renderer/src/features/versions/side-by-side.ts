import { diffArrays } from 'diff';
import { textTokens, type TextToken } from '../../../../shared/story';

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

export interface SideBySide {
  /** The earlier version: unchanged text and what was removed. */
  before: DiffPart[];
  /** The later version: unchanged text and what was added. */
  after: DiffPart[];
  /** Words in the later version that the earlier one does not have, counted as the word count counts them. */
  added: number;
  /** Words of the earlier version the later one no longer has. */
  removed: number;
  /** The texts were too different to compare in reasonable time. */
  tooDifferent: boolean;
}

export interface WordChanges {
  added: number;
  removed: number;
  /** Words in each text, as the word count below the story shows them. */
  wordsBefore: number;
  wordsAfter: number;
  tooDifferent: boolean;
}

/** Words, and between them spacing and punctuation apart, so "spring.\n" and "spring.\n\n" differ in spacing only. */
const units = (text: string): TextToken[] =>
  textTokens(text).flatMap((t) =>
    t.word
      ? [t]
      : t.text
          .split(/(\s+)/)
          .filter((part) => part !== '')
          .map((part) => ({ text: part, word: false })),
  );

const sameToken = (a: TextToken, b: TextToken) => a.text === b.text;
const wordsIn = (tokens: readonly TextToken[]) => tokens.filter((t) => t.word).length;
/** A change in spacing only (a line break for a space) is nothing a reader would call changed. */
const onlySpacing = (tokens: readonly TextToken[]) => tokens.every((t) => !t.word && t.text.trim() === '');

function push(parts: DiffPart[], text: string, kind: DiffPart['kind']) {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ text, kind });
}

/**
 * The two texts compared word by word: whole words (as the word count cuts them) and the spacing
 * and punctuation between them are the units, so a changed word is marked as a whole, the words
 * around it are not, and each column keeps its own spacing.
 */
export function sideBySide(before: string, after: string, timeoutMs = 3000): SideBySide {
  const changes = diffArrays(units(before), units(after), { comparator: sameToken, timeout: timeoutMs });
  if (!changes) {
    return {
      before: [{ text: before, kind: 'same' }],
      after: [{ text: after, kind: 'same' }],
      added: 0,
      removed: 0,
      tooDifferent: true,
    };
  }
  const result: SideBySide = { before: [], after: [], added: 0, removed: 0, tooDifferent: false };
  for (const change of changes) {
    const text = change.value.map((t) => t.text).join('');
    if (change.added) {
      result.added += wordsIn(change.value);
      push(result.after, text, onlySpacing(change.value) ? 'same' : 'added');
    } else if (change.removed) {
      result.removed += wordsIn(change.value);
      push(result.before, text, onlySpacing(change.value) ? 'same' : 'removed');
    } else {
      push(result.before, text, 'same');
      push(result.after, text, 'same');
    }
  }
  return result;
}

/**
 * How many words a change added and removed, over the text the word count below the story counts
 * (the story's words: no title, no private notes), so "156 words added" to an empty story agrees
 * with "156 words" under it. Always wordsAfter = wordsBefore + added - removed.
 */
export function wordChanges(before: string, after: string, timeoutMs = 3000): WordChanges {
  const words = (text: string) => textTokens(text).filter((t) => t.word);
  const a = words(before);
  const b = words(after);
  const changes = diffArrays(a, b, { comparator: sameToken, timeout: timeoutMs });
  const counts = { added: 0, removed: 0, wordsBefore: a.length, wordsAfter: b.length, tooDifferent: !changes };
  for (const change of changes ?? []) {
    if (change.added) counts.added += change.count;
    else if (change.removed) counts.removed += change.count;
  }
  return counts;
}
