/*
 * Items of one line separated by middle dots ("12 May · Hearing · Senate office"). The space after
 * each dot does not break, so when the line wraps at large text the dot starts the next line with
 * the item it introduces instead of hanging at the end of the line above (as in the editor's status bar).
 */

/** The separator: a breakable space, the dot, then a space that keeps the dot with what follows. */
export const DOT_SEPARATOR = ' ·\u00a0';

/** The items that are there (empty ones left out), separated by DOT_SEPARATOR. */
export function dotSeparated(items: readonly (string | null | undefined | false)[]): string {
  return items.filter((item): item is string => typeof item === 'string' && item !== '').join(DOT_SEPARATOR);
}
