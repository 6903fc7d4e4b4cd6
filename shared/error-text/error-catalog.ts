import { LANGS, type Lang } from '../core/lang-codes';
import type { ErrorParamValue, PerLanguage, Placeholders } from './define-error-text';
import { vaultText } from './vault-text';
import { storyText } from './story-text';
import { importText } from './import-text';
import { shareText } from './share-text';
import { consentText } from './consent-text';
import { exportText } from './export-text';
import { testimonyText } from './testimony-text';
import { campaignText } from './campaign-text';
import { cliText } from './cli-text';
import { refusalText } from './refusal-text';
import { requestText } from './request-text';
import { integrityText } from './integrity-text';

/**
 * Every message a HarborError can carry, by area. The main process words errors in English for
 * the command line and logs; the renderer words the same key in the person's language.
 */
export const ERROR_TEXT = {
  vault: vaultText,
  story: storyText,
  import: importText,
  share: shareText,
  consent: consentText,
  export: exportText,
  testimony: testimonyText,
  campaign: campaignText,
  cli: cliText,
  request: requestText,
  refusal: refusalText,
  integrity: integrityText,
} as const;

type Areas = typeof ERROR_TEXT;
type AreaKeys<A extends keyof Areas> = keyof Areas[A]['en'] & string;

/** `area.key`, e.g. `vault.wrongPassphrase`. */
export type ErrorMessageKey = { [A in keyof Areas]: `${A}.${AreaKeys<A>}` }[keyof Areas];

type EnglishOf<K extends ErrorMessageKey> = K extends `${infer A extends keyof Areas}.${infer N}`
  ? N extends keyof Areas[A]['en']
    ? Areas[A]['en'][N] & string
    : never
  : never;

/** The values a key's placeholders need, by name. */
export type ErrorParams<K extends ErrorMessageKey> = Record<Placeholders<EnglishOf<K>>, ErrorParamValue>;

/** A key alone when its message has no placeholders; otherwise the key and every placeholder's value. */
export type ErrorMessage<K extends ErrorMessageKey = ErrorMessageKey> = K extends ErrorMessageKey
  ? [Placeholders<EnglishOf<K>>] extends [never]
    ? K | { key: K }
    : { key: K; params: ErrorParams<K> }
  : never;

/** Every message exists in each language the app speaks. */
export const ERROR_LANGUAGES = LANGS;

/** What a person reads, as data: a catalog key and its values, worded only where it is shown. */
export interface Message {
  key: ErrorMessageKey;
  params?: Readonly<Record<string, ErrorParamValue>>;
}

/** Names joined by "or" in each language ("DOCX or PDF", "DOCX o PDF"). */
export function anyOf(names: readonly string[]): PerLanguage {
  return { en: names.join(' or '), es: names.join(' o ') };
}

/** A value worded in each language by `word`, the one place that words it. */
export function perLanguage(word: (lang: Lang) => string): PerLanguage {
  return { en: word('en'), es: word('es') };
}
export type ErrorLanguage = Lang;

export function isErrorMessageKey(value: unknown): value is ErrorMessageKey {
  if (typeof value !== 'string') return false;
  const dot = value.indexOf('.');
  const area = value.slice(0, dot) as keyof Areas;
  return dot > 0 && Object.hasOwn(ERROR_TEXT, area) && Object.hasOwn(ERROR_TEXT[area].en, value.slice(dot + 1));
}

/** The message in one language with its placeholders filled; an unknown placeholder stays visible. */
export function formatErrorMessage(
  language: ErrorLanguage,
  key: ErrorMessageKey,
  params: Readonly<Record<string, ErrorParamValue>> = {},
): string {
  const dot = key.indexOf('.');
  const area = key.slice(0, dot) as keyof Areas;
  const name = key.slice(dot + 1);
  // English while another language's texts are still loading (the renderer loads them on demand).
  const text =
    (ERROR_TEXT[area][language] as Record<string, string>)[name] ??
    (ERROR_TEXT[area].en as Record<string, string>)[name] ??
    key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** Whether every area has its texts in `language` (the renderer loads languages other than English on demand). */
export function hasErrorLanguage(language: ErrorLanguage): boolean {
  return Object.values(ERROR_TEXT).every((area) => Object.keys(area[language]).length > 0);
}

/** Puts a language's texts, loaded on demand, in place: `texts` has each area's, by area name. */
export function installErrorLanguage(language: ErrorLanguage, texts: Readonly<Record<string, object>>): void {
  for (const [area, catalog] of Object.entries(ERROR_TEXT)) Object.assign(catalog[language], texts[area]);
}

/** A message in one language: formatErrorMessage for a {key, params}. */
export function formatMessage(language: ErrorLanguage, message: Message): string {
  return formatErrorMessage(language, message.key, message.params);
}

/** A key whose message has no placeholders: a schema can name one as a zod issue's message. */
export type PlainMessageKey = Extract<ErrorMessage, string>;

/**
 * A zod issue's message as a catalog key, so the request error (readableZodError) or the template
 * file's refusal says it in the person's language; the compiler refuses a key that is not there.
 */
export function issueKey(key: PlainMessageKey): string {
  return key;
}
