import { matchVariants, type DetailRegister } from '../story/detail-register';
import type { Identity } from './grant';
import { ANONYMOUS_NAME, PLACEHOLDERS, type DocumentLanguage } from './placeholders';

/** The writer's own name, as they entered it in their (encrypted) profile. */
export interface AuthorName {
  full: string;
}

function parts(full: string): string[] {
  return full.match(/\S+/gu) ?? [];
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

/** Strips accents and case so "MARÍA" and "maria" are the same name. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
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

/**
 * Where the author's own name is mentioned in a text (UTF-16 offsets): the full name, then each
 * part of 2+ letters, longest first, ignoring case, accents and width, on word boundaries, so "Ana"
 * does not touch "Banana". (A first and last name written together are two parts side by side,
 * which every caller takes as one mention.)
 */
export function findAuthorMentions(text: string, author: AuthorName): [number, number][] {
  const register = authorRegister(author.full);
  return register.length ? matchVariants(text, register).map((m) => [m.start, m.end]) : [];
}

/** The author's name as a register of one detail, made once per name (matchVariants compiles a register once). */
const authorRegisters = new Map<string, DetailRegister>();
function authorRegister(full: string): DetailRegister {
  return authorRegisters.get(full) ?? rememberAuthor(full);
}
function rememberAuthor(full: string): DetailRegister {
  const names = parts(full);
  const candidates = [names.join(' '), ...names].filter((n) => [...n].length >= 2);
  const register: DetailRegister = candidates.length
    ? [
        {
          // Stryker disable next-line StringLiteral: callers read where the name is, never this id
          id: 'author',
          category: 'person',
          text: candidates[0]!,
          variants: candidates.map((c) => ({ text: c, on: true })),
        },
      ]
    : [];
  // One name at a time: the writer's.
  authorRegisters.clear();
  authorRegisters.set(full, register);
  return register;
}

/** The same replacement, as segments, so the preview can highlight each substitution. */
export function splitAuthorMentions(text: string, author: AuthorName, replacement: string): MentionSegment[] {
  const found = findAuthorMentions(text, author);
  // Parts of the name next to each other ("Quirina Vantongeren" for "María Quirina Vantongeren")
  // are one mention: one replacement, not "M. Q. V. M. Q. V.".
  const merged: [number, number][] = [];
  for (const range of found) {
    const prev = merged.at(-1);
    if (prev && /^\s+$/u.test(text.slice(prev[1], range[0]))) prev[1] = range[1];
    else merged.push([...range]);
  }
  const segments: MentionSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), identity: false });
    segments.push({ text: replacement, identity: true });
    // Initials end in a full stop; one that ends the sentence too is written once ("I am M. R.").
    at = replacement.endsWith('.') && text[e] === '.' ? e + 1 : e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), identity: false });
  return segments;
}
