import type { Refusal } from '../../../shared/consent/check-grant';
import { isLang, type Lang } from '../../../shared/core/lang-codes';
import {
  formatErrorMessage,
  formatMessage,
  hasErrorLanguage,
  installErrorLanguage,
  type Message,
} from '../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../shared/ipc/result';

const langOf = (language: string): Lang => (isLang(language) ? language : 'en');

let spanish: Promise<void> | null = null;

/** Whether errors can be said in `language` now, without waiting for its texts to load. */
export function errorLanguageReady(language: string): boolean {
  const lang = langOf(language);
  return lang === 'en' || hasErrorLanguage(lang);
}

/**
 * The error catalog in `language`, ready before the app speaks it: English is always there; the
 * Spanish is loaded the first time it is needed (a local file, in a few milliseconds), so the
 * first screen of a person who reads English does not carry it.
 */
export function loadErrorLanguage(language: string): Promise<void> {
  if (errorLanguageReady(language)) return Promise.resolve();
  spanish ??= import('./error-language-es').then(
    ({ spanish: texts }) => installErrorLanguage('es', texts),
    (error: unknown) => {
      // Tried again the next time; meanwhile errors are said in English.
      spanish = null;
      throw error;
    },
  );
  return spanish;
}

/**
 * A message as the disguised app says it: the catalog's messages are shared with the command line
 * and name Harbor ("Something went wrong inside Harbor"); under the disguise an error shown on the
 * screen names the neutral name instead, like every other word on it. `name` null: as written.
 */
export function withAppName(text: string, name: string | null): string {
  return name === null ? text : text.replace(/\bHarbor\b/g, name);
}

/** A {key, params} message in the person's language (the shared catalog holds both). */
export function messageText(language: string, message: Message): string {
  return formatMessage(langOf(language), message);
}

/** The refusals a consent_refused error carries, in the order the person is told them. */
export function refusalsOf(error: IpcError): Refusal[] {
  return error.code === 'consent_refused' ? (error.details?.refusals ?? []) : [];
}

/**
 * The words to show for an error, in the person's language. The main process sends each error's
 * key in the shared error catalog; a refusal is worded from its own messages (the first reason,
 * then every excerpt that blocks it), never from the English the command line prints. An error
 * with no key was thrown in this window (a failed call): it is said as a generic failure.
 */
export function errorText(language: string, error: IpcError): string {
  const lang = langOf(language);
  const refusals = refusalsOf(error);
  if (refusals.length > 0) {
    const first = refusals[0]!;
    const lines = [...(first.excerpt ? [] : [first]), ...refusals.filter((r) => r.excerpt)];
    return lines.map((r) => formatMessage(lang, r.message)).join('\n');
  }
  if (error.messageKey) return formatErrorMessage(lang, error.messageKey, error.params);
  return formatErrorMessage(lang, 'request.internal');
}
