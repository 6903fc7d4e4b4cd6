import { HarborError } from '../../shared/errors';

/**
 * The part of PDF's object syntax (ISO 32000-1 §7.3) that Chromium's printer writes: enough to
 * read every object, change dictionaries and write them back. Strings and numbers keep their
 * source form; names are decoded (#xx) so "/J#61vaScript" is still "JavaScript".
 */
export type PdfValue =
  | { kind: 'name'; name: string }
  | { kind: 'num'; raw: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  /** As written, with its delimiters: (…) or <…>. */
  | { kind: 'str'; raw: string }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'dict'; entries: Map<string, PdfValue> };

export type PdfDict = Extract<PdfValue, { kind: 'dict' }>;
export type PdfRef = Extract<PdfValue, { kind: 'ref' }>;

export const pdfFail = (why: string) =>
  new HarborError('internal', { key: 'export.pdfNotCleaned', params: { detail: why } });

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (code: number) => !WHITESPACE.has(code) && !DELIMITERS.has(code);
const INTEGER = /^\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Reads values from a latin1 view of the file (one char per byte, so offsets are byte offsets). */
export class PdfReader {
  constructor(
    readonly src: string,
    public pos = 0,
  ) {}

  skipSpace(): void {
    for (;;) {
      const c = this.src.charCodeAt(this.pos);
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25 /* % */) {
        while (this.pos < this.src.length && !'\r\n'.includes(this.src[this.pos]!)) this.pos++;
      } else return;
    }
  }

  /** A bare word (keyword or number) at the current position, without consuming it. */
  peekWord(): string {
    this.skipSpace();
    let end = this.pos;
    while (end < this.src.length && isRegular(this.src.charCodeAt(end))) end++;
    return this.src.slice(this.pos, end);
  }

  expectWord(word: string): void {
    if (this.peekWord() !== word) throw pdfFail(`expected "${word}" at byte ${this.pos}`);
    this.pos += word.length;
  }

  value(depth = 0): PdfValue {
    if (depth > 100) throw pdfFail('nesting too deep');
    this.skipSpace();
    const s = this.src;
    const c = s[this.pos];
    if (c === undefined) throw pdfFail('unexpected end of file');
    if (c === '/') return { kind: 'name', name: this.name() };
    if (c === '(') return { kind: 'str', raw: this.literalString() };
    if (c === '<' && s[this.pos + 1] === '<') return this.dict(depth);
    if (c === '<') {
      const end = s.indexOf('>', this.pos);
      if (end < 0) throw pdfFail('unterminated hex string');
      const raw = s.slice(this.pos, end + 1);
      if (!/^<[0-9A-Fa-f\s]*>$/.test(raw)) throw pdfFail(`bad hex string at byte ${this.pos}`);
      this.pos = end + 1;
      return { kind: 'str', raw };
    }
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (s[this.pos] === ']') {
          this.pos++;
          return { kind: 'array', items };
        }
        items.push(this.value(depth + 1));
      }
    }
    const word = this.peekWord();
    if (word === '') throw pdfFail(`unexpected "${c}" at byte ${this.pos}`);
    this.pos += word.length;
    if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true' };
    if (word === 'null') return { kind: 'null' };
    if (!NUMBER.test(word)) throw pdfFail(`unexpected "${word}" at byte ${this.pos - word.length}`);
    if (INTEGER.test(word)) {
      // "12 0 R" is a reference; look ahead without committing.
      const save = this.pos;
      const gen = this.peekWord();
      if (INTEGER.test(gen)) {
        this.pos += gen.length;
        if (this.peekWord() === 'R') {
          this.pos += 1;
          return { kind: 'ref', num: Number(word), gen: Number(gen) };
        }
      }
      this.pos = save;
    }
    return { kind: 'num', raw: word };
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('>>', this.pos)) {
        this.pos += 2;
        return { kind: 'dict', entries };
      }
      if (this.src[this.pos] !== '/') throw pdfFail(`expected a key at byte ${this.pos}`);
      const key = this.name();
      entries.set(key, this.value(depth + 1));
    }
  }

  private name(): string {
    let end = this.pos + 1;
    while (end < this.src.length && isRegular(this.src.charCodeAt(end))) end++;
    const raw = this.src.slice(this.pos + 1, end);
    this.pos = end;
    return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }

  private literalString(): string {
    const s = this.src;
    let depth = 0;
    for (let p = this.pos; p < s.length; p++) {
      const c = s[p];
      if (c === '\\') p++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        const raw = s.slice(this.pos, p + 1);
        this.pos = p + 1;
        return raw;
      }
    }
    throw pdfFail('unterminated string');
  }
}

/** A name that needs no #xx escape: printable ASCII, no delimiter, no whitespace, no '#'. */
const PLAIN_NAME = /^[!"$&'*+,\-.0-9:;=?@A-Z\\^_`a-z|~]*$/;

function writeName(name: string): string {
  // Nearly every name is plain; the escaping loop below is for the rest.
  if (PLAIN_NAME.test(name)) return `/${name}`;
  let out = '/';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    out += code > 0x20 && code < 0x7f && isRegular(code) && ch !== '#' ? ch : `#${code.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** Writes a value back; `ref` maps every reference (used to renumber objects). */
export function writeValue(v: PdfValue, ref: (r: PdfRef) => PdfRef = (r) => r): string {
  switch (v.kind) {
    case 'name':
      return writeName(v.name);
    case 'num':
      return v.raw;
    case 'bool':
      return String(v.value);
    case 'null':
      return 'null';
    case 'str':
      return v.raw;
    case 'ref': {
      const r = ref(v);
      return `${r.num} ${r.gen} R`;
    }
    case 'array':
      return `[${v.items.map((i) => writeValue(i, ref)).join(' ')}]`;
    case 'dict':
      return `<<${[...v.entries].map(([k, val]) => `${writeName(k)} ${writeValue(val, ref)}`).join('\n')}>>`;
  }
}

export const nameOf = (v: PdfValue | undefined) => (v?.kind === 'name' ? v.name : undefined);

/** A PDF text string: UTF-16BE with a byte-order mark, as hex, so any script round-trips. */
export function pdfTextString(text: string): PdfValue {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return { kind: 'str', raw: `<${bytes.toString('hex').toUpperCase()}>` };
}

/** A PDF string of plain ASCII letters, for fixed values like "Harbor". */
export function pdfAsciiString(text: string): PdfValue {
  if (!/^[A-Za-z0-9 .-]*$/.test(text)) throw pdfFail('not a plain string');
  return { kind: 'str', raw: `(${text})` };
}
