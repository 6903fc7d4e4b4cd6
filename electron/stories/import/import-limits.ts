/**
 * Bounds on what import will read. A story exported from a word processor is well under 1 MB;
 * these stop a wrong file or a hostile one before it costs much memory or time.
 */
export const IMPORT_LIMITS = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  /** What a .docx may claim to unpack to (its parts together), checked before mammoth inflates it. */
  maxDocxUnpackedBytes: 200 * 1024 * 1024,
  maxDocxEntries: 5_000,
  /** Open HTML elements at once; real documents stay in the tens. */
  maxElementDepth: 5_000,
  /** Lists and quotes inside each other; deeper ones are flattened into the level above. */
  maxBlockNesting: 12,
  /** A first line of a text file is taken as its title only if it is this short. */
  maxTextTitleChars: 80,
});
