import { z } from 'zod';
import { foldName } from './identity';

/*
 * What "this is fine to share" remembers: a candidate of the identifying-detail check by its
 * words, folded, so the same words elsewhere in the story (or in another case) stay cleared.
 */

export const CLEARED_LIMITS = Object.freeze({ entries: 5000, chars: 300 });
export const clearedTextSchema = z.string().min(1).max(CLEARED_LIMITS.chars);
/** What a story or testimony keeps: the folded words of each candidate the person cleared. */
export const clearedListSchema = z.array(clearedTextSchema).max(CLEARED_LIMITS.entries);

/** How a candidate is remembered: its words ignoring case, accents, width and spacing. */
export function clearedKey(text: string): string {
  return foldName(text).replace(/\s+/g, ' ').trim().slice(0, CLEARED_LIMITS.chars);
}

/** The cleared list with `texts` added (folded, once each, the oldest dropped past the limit). */
export function addCleared(existing: readonly string[], texts: readonly string[]): string[] {
  const merged = [...new Set([...existing, ...texts.map(clearedKey).filter((k) => k !== '')])];
  return merged.slice(Math.max(0, merged.length - CLEARED_LIMITS.entries));
}
