/**
 * A paragraph's direction by the Unicode bidi algorithm's first-strong rule (UAX #9, P2–P3): the
 * first character of class L decides left-to-right, the first of class R or AL right-to-left, and
 * text with neither (digits, punctuation) has no direction of its own. Word, LibreOffice and
 * Chromium all need the direction said explicitly, or an Arabic paragraph is laid out from the left.
 */

export type Direction = 'ltr' | 'rtl';

/**
 * The right-to-left blocks (bidi class R or AL for their letters): Hebrew, Arabic, Syriac, Arabic
 * Supplement, Thaana, NKo, Samaritan, Mandaic, Syriac Supplement, Arabic Extended-B/A, the Hebrew
 * and Arabic presentation forms, and the historic right-to-left scripts of plane 1.
 */
const RTL_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0590, 0x08ff],
  [0xfb1d, 0xfdff],
  [0xfe70, 0xfeff],
  [0x10800, 0x10fff],
  [0x1e800, 0x1efff],
];

const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;
/** LRI, RLI, FSI open an isolate, PDI closes it: P2 skips what is inside. */
const ISOLATE_OPEN = new Set([0x2066, 0x2067, 0x2068]);
const PDI = 0x2069;

/** Letters are strong; marks, digits, punctuation and symbols in these blocks are weak or neutral. */
const LETTER = /\p{L}/u;

const inRtlBlock = (cp: number) => RTL_BLOCKS.some(([from, to]) => cp >= from && cp <= to);

/** The bidi class of one character, as far as the first-strong rule cares: 'L', 'R' or null. */
export function strongClass(char: string): 'L' | 'R' | null {
  const cp = char.codePointAt(0)!;
  if (cp === LRM) return 'L';
  if (cp === RLM || cp === ALM) return 'R';
  if (!LETTER.test(char)) return null;
  return inRtlBlock(cp) ? 'R' : 'L';
}

/** The direction of the text's first strong character outside isolates, or null when it has none. */
export function firstStrongDirection(text: string): Direction | null {
  let isolates = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (ISOLATE_OPEN.has(cp)) isolates++;
    else if (cp === PDI) isolates = Math.max(0, isolates - 1);
    else if (isolates === 0) {
      const cls = strongClass(char);
      if (cls) return cls === 'R' ? 'rtl' : 'ltr';
    }
  }
  return null;
}

/** Right-to-left text, where the direction must be set: its first strong character is R or AL. */
export const isRtl = (text: string) => firstStrongDirection(text) === 'rtl';

/**
 * Any character that could be strong right-to-left (RLM, or one in RTL_BLOCKS, ALM among them): a
 * text without one has none, found in one scan rather than a test per character.
 */
const MAYBE_RTL = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Whether any character is a strong right-to-left one (a placeholder inside it needs isolating). */
export function containsRtl(text: string): boolean {
  if (!MAYBE_RTL.test(text)) return false;
  for (const char of text) if (strongClass(char) === 'R') return true;
  return false;
}
