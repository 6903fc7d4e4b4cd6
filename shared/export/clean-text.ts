/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline, lone surrogates, U+FFFE/U+FFFF):
 * one of them in a run makes Word refuse the whole file, so they never reach a renderer.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text inside a paragraph: keeps "\n" as a line break, tabs become spaces. */
export function cleanInline(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ')
    .replace(XML_FORBIDDEN, '');
}

/** A one-line field (title, byline, heading line): any line break becomes a space. */
export function cleanLine(text: string): string {
  return cleanInline(text).replace(/\n/g, ' ');
}
