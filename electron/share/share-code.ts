import { randomInt } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { SPOKEN_WORDS } from './share-code-words';

/**
 * 7 words of the 1,898 spoken words (10.89 bits each): 76.2 bits, above the 64 the design asks for,
 * still easy to read aloud (docs/share-format.md).
 */
export const SHARE_CODE_WORDS = 7;

// Reading knows the whole list, so codes made before some words were set aside still open.
const WORDS: readonly string[] = wordlist;
const BY_PREFIX = new Map(WORDS.map((w) => [w.slice(0, 4), w]));
const KNOWN = new Set(WORDS);

/** A fresh share code, e.g. "velvet-orbit-canvas-ramp-civil-hobby-lunar". Shown once, never stored. */
export function generateShareCode(): string {
  return Array.from({ length: SHARE_CODE_WORDS }, () => SPOKEN_WORDS[randomInt(SPOKEN_WORDS.length)]!).join('-');
}

/**
 * The one spelling a share code is stretched from, whatever was typed: capitals, accents, spaces,
 * hyphens, commas or line breaks between words. Every word of the list is unique by its first four
 * letters, so "velv orbi cand…" is accepted too (a person reading a code aloud often stops there).
 * Returns null when it is not seven words of the list.
 */
export function normalizeShareCode(input: string): string | null {
  if (input.length > 400) return null;
  const tokens = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]/)
    .filter(Boolean);
  if (tokens.length !== SHARE_CODE_WORDS) return null;
  const words: string[] = [];
  for (const t of tokens) {
    // Prefixes are 4 letters (3 for the list's 3-letter words, which are known words themselves).
    const word = KNOWN.has(t) ? t : BY_PREFIX.get(t.slice(0, 4));
    // A shortened word must be the start of a list word, not merely share its first four letters.
    if (!word || !word.startsWith(t)) return null;
    words.push(word);
  }
  return words.join(' ');
}
