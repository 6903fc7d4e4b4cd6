import { z } from 'zod';

/** The languages Harbor speaks: its screens, its messages and the documents it writes. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);

export const langSchema = z.enum(LANGS);
