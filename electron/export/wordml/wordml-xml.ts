import { escapeXml } from '../xml-tree';

/*
 * The two shapes the Word writer writes attributes in. Values are escaped by xml-tree's escapeXml,
 * as the `docx` package escapes them, so the file is the one the tests compare byte for byte with docx's.
 */

/** ` w:a="1" w:b="x"` for the pairs whose value is set, in the order given. */
export function attrs(pairs: readonly (readonly [string, string | number | boolean | undefined])[]): string {
  let out = '';
  for (const [key, value] of pairs) if (value !== undefined) out += ` ${key}="${escapeXml(String(value))}"`;
  return out;
}

/** An on/off property: `<w:b/>` when on, `<w:b w:val="false"/>` when explicitly off. */
export const onOff = (name: string, value: boolean) => (value ? `<${name}/>` : `<${name} w:val="false"/>`);
