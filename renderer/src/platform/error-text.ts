import type { Refusal } from '../../../shared/consent/check-grant';
import { isLang, type Lang } from '../../../shared/core/lang-codes';
import { formatErrorMessage, formatMessage, type Message } from '../../../shared/error-text/error-catalog';
import type { IpcError } from '../../../shared/ipc/result';

const langOf = (language: string): Lang => (isLang(language) ? language : 'en');

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
