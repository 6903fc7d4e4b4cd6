import type { Identity } from './grant';
import { ANONYMOUS_NAME, PLACEHOLDERS, type DocumentLanguage } from './placeholders';

/** The writer's own name, as they entered it in their (encrypted) profile. */
export interface AuthorName {
  full: string;
}

function parts(full: string): string[] {
  return full.trim().split(/\s+/).filter(Boolean);
}

/** How the author appears in byline and signature under this identity choice. */
export function displayName(author: AuthorName, identity: Identity, lang: DocumentLanguage): string {
  const names = parts(author.full);
  switch (identity.mode) {
    case 'full':
      return names.join(' ') || ANONYMOUS_NAME[lang];
    case 'first':
      return names[0] ?? ANONYMOUS_NAME[lang];
    case 'initials':
      return names.length ? names.map((n) => `${[...n][0]!.toUpperCase()}.`).join(' ') : ANONYMOUS_NAME[lang];
    case 'pseudonym':
      return identity.pseudonym;
    case 'anonymous':
      return ANONYMOUS_NAME[lang];
  }
}

/**
 * What replaces a mention of the author's name in the text: the identity's name, or for an
 * anonymous grant the same placeholder as any other withheld name.
 */
export function mentionReplacement(author: AuthorName, identity: Identity, lang: DocumentLanguage): string {
  return identity.mode === 'anonymous' ? PLACEHOLDERS[lang].person : displayName(author, identity, lang);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Strips accents and case so "MARÍA" and "maria" are the same name. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A piece of text, and whether it is the chosen identity put in place of the author's name. */
export interface MentionSegment {
  text: string;
  identity: boolean;
}

/**
 * Replaces every mention of the author's own name (full name first, then each part) with the
 * chosen identity. Matching ignores case and accents and respects word boundaries, so "Ana" does
 * not touch "Banana".
 */
export function replaceAuthorMentions(text: string, author: AuthorName, replacement: string): string {
  return splitAuthorMentions(text, author, replacement)
    .map((s) => s.text)
    .join('');
}

/** The same replacement, as segments, so the preview can highlight each substitution. */
export function splitAuthorMentions(text: string, author: AuthorName, replacement: string): MentionSegment[] {
  const names = parts(author.full);
  if (names.length === 0) return text ? [{ text, identity: false }] : [];

  // Longest first, so "María Ruiz" becomes one replacement rather than two.
  const firstLast = names.length > 2 ? [`${names[0]} ${names.at(-1)}`] : [];
  const candidates = [names.join(' '), ...firstLast, ...names].filter((n) => [...n].length >= 2);
  // Compare on a folded copy; NFKD folding can change lengths, so map positions character by character.
  const chars = [...text];
  const foldedChars = chars.map((c) => foldName(c));
  const folded = foldedChars.join('');
  const offsets: number[] = [];
  let pos = 0;
  for (const f of foldedChars) {
    offsets.push(pos);
    pos += f.length;
  }
  offsets.push(pos);
  const toCharIndex = (foldedIndex: number) => offsets.indexOf(foldedIndex);
  const ranges: [number, number][] = [];
  for (const candidate of candidates) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldName(candidate))}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = toCharIndex(m.index);
      const end = toCharIndex(m.index + m[0].length);
      if (start < 0 || end < 0) continue;
      if (ranges.some(([s, e]) => start < e && end > s)) continue;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Parts of the name next to each other ("Quirina Vantongeren" for "María Quirina Vantongeren")
  // are one mention: one replacement, not "M. Q. V. M. Q. V.".
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const prev = merged.at(-1);
    if (prev && /^\s+$/u.test(chars.slice(prev[1], range[0]).join(''))) prev[1] = range[1];
    else merged.push([...range]);
  }
  const segments: MentionSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: chars.slice(at, s).join(''), identity: false });
    segments.push({ text: replacement, identity: true });
    // Initials end in a full stop; one that ends the sentence too is written once ("I am M. R.").
    at = replacement.endsWith('.') && chars[e] === '.' ? e + 1 : e;
  }
  if (at < chars.length) segments.push({ text: chars.slice(at).join(''), identity: false });
  return segments;
}
