/** Testimony is read aloud: 125–150 words a minute is a calm speaking pace, so 130 by default. */
export const DEFAULT_SPEAKING_WPM = 130;
/** Adults read silently at roughly 230 words a minute. */
export const DEFAULT_READING_WPM = 230;

function minutes(words: number, wpm: number): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  if (!Number.isFinite(wpm) || wpm <= 0) throw new RangeError('words per minute must be a positive number');
  return words / wpm;
}

/** Minutes (unrounded) to read the text aloud; the caller decides how to round for display. */
export function speakingMinutes(words: number, wpm = DEFAULT_SPEAKING_WPM): number {
  return minutes(words, wpm);
}

/** Minutes (unrounded) to read the text silently. */
export function readingMinutes(words: number, wpm = DEFAULT_READING_WPM): number {
  return minutes(words, wpm);
}
