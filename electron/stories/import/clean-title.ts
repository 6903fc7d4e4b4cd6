import { STORY_LIMITS } from '../../../shared/story/story-data';

/** Collapses whitespace and control characters and keeps a title within the model's bound. */
export function cleanTitle(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (flat.length <= STORY_LIMITS.titleChars) return flat;
  // Cut by code points so an emoji at the limit is dropped whole, not halved.
  let out = '';
  for (const ch of flat) {
    if (out.length + ch.length > STORY_LIMITS.titleChars) break;
    out += ch;
  }
  return out.trimEnd();
}
