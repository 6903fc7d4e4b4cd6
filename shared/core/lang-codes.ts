/**
 * The languages Harbor speaks: its screens, its messages and the documents it writes. Apart from
 * their zod schema (languages.ts), so the error catalog, and `harbor --help` through it, does not
 * load zod.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);
