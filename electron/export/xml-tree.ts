/**
 * A small XML tree for the parts of our own DOCX: enough to drop and unwrap elements while
 * leaving everything else byte-for-byte as written (text and attribute values stay escaped as
 * they were, so nothing is decoded and re-encoded differently).
 */
export interface XmlAttr {
  name: string;
  /** As written, still escaped, without quotes. */
  raw: string;
  quote: '"' | "'";
}
export interface XmlElement {
  kind: 'element';
  name: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  selfClosing: boolean;
}
export interface XmlText {
  kind: 'text';
  raw: string;
}
/** Declaration, processing instruction, comment or CDATA, kept as written. */
export interface XmlOther {
  kind: 'other';
  raw: string;
}
export type XmlNode = XmlElement | XmlText | XmlOther;

export class XmlSyntaxError extends Error {}

const NAME = /[^\s/>=]+/y;
const ATTR = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/y;
const TAG_END = /\s*(\/?)>/y;

export function parseXml(src: string): XmlNode[] {
  const root: XmlNode[] = [];
  const stack: XmlElement[] = [];
  const push = (n: XmlNode) => (stack.at(-1)?.children ?? root).push(n);
  let i = 0;
  const until = (end: string, from: number) => {
    const at = src.indexOf(end, from);
    if (at < 0) throw new XmlSyntaxError(`unterminated markup at ${from}`);
    return at + end.length;
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      push({ kind: 'text', raw: src.slice(i) });
      break;
    }
    if (lt > i) push({ kind: 'text', raw: src.slice(i, lt) });
    if (src.startsWith('<?', lt)) i = pushOther(src, lt, until('?>', lt), push);
    else if (src.startsWith('<!--', lt)) i = pushOther(src, lt, until('-->', lt + 4), push);
    else if (src.startsWith('<![CDATA[', lt)) i = pushOther(src, lt, until(']]>', lt), push);
    else if (src.startsWith('<!', lt)) {
      // A DTD could define entities that expand into text no scrubber sees: refuse it.
      throw new XmlSyntaxError('document type declarations are not allowed');
    } else if (src.startsWith('</', lt)) {
      const end = until('>', lt);
      const name = src.slice(lt + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlSyntaxError(`mismatched </${name}> at ${lt}`);
      i = end;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(src)?.[0];
      if (!name) throw new XmlSyntaxError(`bad tag at ${lt}`);
      let p = NAME.lastIndex;
      const attrs: XmlAttr[] = [];
      for (;;) {
        ATTR.lastIndex = p;
        const m = ATTR.exec(src);
        if (!m) break;
        const value = m[2]!;
        attrs.push({ name: m[1]!, raw: value.slice(1, -1), quote: value[0] as '"' | "'" });
        p = ATTR.lastIndex;
      }
      TAG_END.lastIndex = p;
      const end = TAG_END.exec(src);
      if (!end) throw new XmlSyntaxError(`bad tag <${name}> at ${lt}`);
      const element: XmlElement = { kind: 'element', name, attrs, children: [], selfClosing: end[1] === '/' };
      push(element);
      if (!element.selfClosing) stack.push(element);
      i = TAG_END.lastIndex;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`unclosed <${stack.at(-1)!.name}>`);
  return root;
}

function pushOther(src: string, from: number, to: number, push: (n: XmlNode) => void): number {
  push({ kind: 'other', raw: src.slice(from, to) });
  return to;
}

export function serializeXml(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind !== 'element') out += n.raw;
    else {
      out += `<${n.name}${n.attrs.map((a) => ` ${a.name}=${a.quote}${a.raw}${a.quote}`).join('')}`;
      out += n.selfClosing && n.children.length === 0 ? '/>' : `>${serializeXml(n.children)}</${n.name}>`;
    }
  }
  return out;
}

export const attrOf = (el: XmlElement, name: string) => el.attrs.find((a) => a.name === name)?.raw;

export const childElements = (el: XmlElement) => el.children.filter((c): c is XmlElement => c.kind === 'element');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const SPECIAL = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/**
 * Escapes text for an element or a double-quoted attribute, as the docx package did. C0 control
 * characters other than tab, line feed and carriage return are dropped: XML 1.0 cannot hold them,
 * and one would make Word refuse the file.
 */
export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? '');
}
