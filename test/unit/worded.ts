import type { Lang } from '../../shared/core/languages';
import { formatMessage, type Message } from '../../shared/error-text/error-catalog';

/** A refusal (or anything with a {key, params} message) with its message worded, to compare as text. */
export function worded<T extends { message: Message }>(
  item: T,
  lang: Lang = 'en',
): Omit<T, 'message'> & { message: string } {
  return { ...item, message: formatMessage(lang, item.message) };
}
