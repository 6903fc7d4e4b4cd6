import type { Lang } from '../core/lang-codes';

/**
 * Each area's error messages, in every language the app speaks, side by side so a new message
 * cannot be added in one language only: Spanish must have exactly the English keys (the compiler
 * refuses a missing or extra one). Placeholders use i18next's `{{name}}` so the renderer can
 * interpolate the same strings.
 */
export interface ErrorTextAreas<E extends Record<string, string>> {
  en: E;
  es: { [K in keyof E]: string };
}

export function defineErrorText<const E extends Record<string, string>>(texts: ErrorTextAreas<E>): ErrorTextAreas<E> {
  return texts;
}

/** The `{{name}}` placeholders in a message, as a union of names (never when there are none). */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/**
 * A value a message is worded with: a number, an id or a name as it is, or a value that itself
 * depends on the language (a date written out, "or" between file types, a built-in name), given
 * in each language from the one place that words it.
 */
export type ErrorParamValue = string | number | PerLanguage;
export type PerLanguage = Readonly<Record<Lang, string>>;
