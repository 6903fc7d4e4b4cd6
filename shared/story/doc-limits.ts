/**
 * Bounds on a stored story. Far beyond any real story (a 300-page book is ~100,000 words and a few
 * thousand nodes), they exist so a hostile paste, import or IPC payload cannot exhaust memory or
 * the stack of every code path that walks a document.
 */
export const DOC_LIMITS = Object.freeze({
  /** Node nesting (doc → list → item → list → item → paragraph → text …). */
  maxDepth: 40,
  maxNodes: 250_000,
  /** All text in the story, in UTF-16 code units. */
  maxTextChars: 10_000_000,
  maxMarksPerNode: 16,
  maxIdChars: 64,
});
