/** A CSS string literal for `content: var(--x)`, so a translated label can be shown by a ::before. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\A ')}"`;
}
