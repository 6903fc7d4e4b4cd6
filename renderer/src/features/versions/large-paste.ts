/**
 * A paste this large keeps the text as it was before it as a version of its own. Autosaves of one
 * sitting fold into one version, so without this a paste that replaced most of a story (or poured
 * a long document into it) would leave no way back to what was written just before.
 * - `words`: 200 words is about a page, more than a quote or a sentence moved around (those stay
 *   part of the sitting's version);
 * - `shareOfStory`: 30 % of the story catches a smaller paste that still changes a short story a lot;
 * - `minWords`: but a few words pasted into a story of a few lines are no new version.
 * A paste over a selection counts the larger of what it adds and what it replaces.
 */
export const LARGE_PASTE = Object.freeze({ words: 200, shareOfStory: 0.3, minWords: 20 });

/**
 * Whether a paste of `pastedWords` over `replacedWords` selected in a story of `storyWords` (as the
 * word count below the story shows it) is large.
 */
export function isLargePaste(pastedWords: number, replacedWords: number, storyWords: number): boolean {
  const changed = Math.max(pastedWords, replacedWords);
  if (changed > LARGE_PASTE.words) return true;
  return changed >= LARGE_PASTE.minWords && changed > storyWords * LARGE_PASTE.shareOfStory;
}
