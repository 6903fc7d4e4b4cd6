/*
 * The few ways the Word writer turns values into XML. They escape exactly as the `docx` package
 * does (its stringify.ts), so the file is the one the tests compare byte for byte with docx's.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * Text or an attribute value, escaped; C0 control characters other than tab, line feed and
 * carriage return are dropped, since XML 1.0 cannot hold them.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

export const escapeWord = (value: string) => value.replace(SPECIAL, (c) => ESCAPES[c] ?? '');

/** ` w:a="1" w:b="x"` for the pairs whose value is set, in the order given. */
export function attrs(pairs: readonly (readonly [string, string | number | boolean | undefined])[]): string {
  let out = '';
  for (const [key, value] of pairs) if (value !== undefined) out += ` ${key}="${escapeWord(String(value))}"`;
  return out;
}

/** An on/off property: `<w:b/>` when on, `<w:b w:val="false"/>` when explicitly off. */
export const onOff = (name: string, value: boolean) => (value ? `<${name}/>` : `<${name} w:val="false"/>`);

/** `<w:x w:val="…"/>`. */
export const valueElement = (name: string, value: string | number) => `<${name}${attrs([['w:val', value]])}/>`;
