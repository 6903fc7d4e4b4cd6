/**
 * Bounds on what import will read. A story exported from a word processor is well under 1 MB;
 * these stop a wrong file or a hostile one before it costs much memory or time.
 */
export const IMPORT_LIMITS = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  /**
   * What a .docx may unpack to (its parts together). Counted while inflating, so a file that lies
   * about its sizes is stopped at this many bytes, not at what it claims.
   */
  maxDocxUnpackedBytes: 25 * 1024 * 1024,
  maxDocxEntries: 5_000,
  /**
   * Markdown's parser holds a token for every piece of markup (a list of 1 million one-word items
   * took 1.7 GB): 1 MB is a couple of books of prose and parses in well under a second.
   */
  maxMarkdownBytes: 1024 * 1024,
  /** Open HTML elements at once; real documents stay in the tens. */
  maxElementDepth: 5_000,
  /** Lists and quotes inside each other; deeper ones are flattened into the level above. */
  maxBlockNesting: 12,
  /** A first line of a text file is taken as its title only if it is this short. */
  maxTextTitleChars: 80,
});

/**
 * What the import worker may use: past either bound it is stopped and nothing is added. Legitimate
 * files within the limits above take well under a tenth of each.
 */
export interface ImportBounds {
  maxOldGenerationSizeMb: number;
  timeoutMs: number;
}

export const IMPORT_BOUNDS: ImportBounds = Object.freeze({ maxOldGenerationSizeMb: 512, timeoutMs: 60_000 });
