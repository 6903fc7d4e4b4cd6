/**
 * An independent reader for the PDFs under test (deliberately not electron/export's parser, so a
 * bug there cannot hide itself): objects, decompressed streams, xref checks and text extraction
 * through each font's ToUnicode map. Written for Chromium/Skia output; pdfjs-dist would do the
 * text part more generally if it were installed.
 */
import { inflateSync } from 'node:zlib';

export interface RawObject {
  num: number;
  gen: number;
  offset: number;
  /** The object's text before any stream data (latin1). */
  head: string;
  stream?: Buffer;
}

const HEADER = /(\d+) (\d+) obj\b/g;

export function scanObjects(pdf: Buffer): RawObject[] {
  const src = pdf.toString('latin1');
  const out: RawObject[] = [];
  let pos = 0;
  for (;;) {
    HEADER.lastIndex = pos;
    const m = HEADER.exec(src);
    if (!m) break;
    const start = m.index + m[0].length;
    const endobj = src.indexOf('endobj', start);
    const streamAt = src.indexOf('stream', start);
    if (streamAt >= 0 && streamAt < endobj) {
      const head = src.slice(start, streamAt);
      const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(head)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`object ${m[1]}: stream without a direct /Length`);
      let dataAt = streamAt + 'stream'.length;
      dataAt += src.startsWith('\r\n', dataAt) ? 2 : 1;
      out.push({
        num: Number(m[1]),
        gen: Number(m[2]),
        offset: m.index,
        head,
        stream: pdf.subarray(dataAt, dataAt + length),
      });
      pos = src.indexOf('endobj', dataAt + length) + 6;
    } else {
      out.push({ num: Number(m[1]), gen: Number(m[2]), offset: m.index, head: src.slice(start, endobj) });
      pos = endobj + 6;
    }
  }
  return out;
}

export function decodedStream(obj: RawObject): Buffer | undefined {
  if (!obj.stream) return undefined;
  return /\/Filter\s*\/FlateDecode/.test(obj.head) ? inflateSync(obj.stream) : obj.stream;
}

export interface XrefCheck {
  eofCount: number;
  xrefSections: number;
  entries: number;
  /** In-use entries whose offset does not hold "N G obj". */
  badOffsets: number[];
  trailer: string;
}

/** What a reader checks first: one %%EOF, startxref → "xref", every entry pointing at its object. */
export function checkXref(pdf: Buffer): XrefCheck {
  const src = pdf.toString('latin1');
  const eofCount = src.split('%%EOF').length - 1;
  const xrefSections = src.match(/(^|[\r\n])xref[\r\n]/g)?.length ?? 0;
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(src)?.[1]);
  if (!src.startsWith('xref', startxref)) throw new Error('startxref does not point at an xref table');
  const lines = src.slice(startxref).split(/\r?\n|\r/);
  const header = /^(\d+) (\d+)$/.exec(lines[1]!.trim());
  if (!header) throw new Error('bad xref subsection header');
  const first = Number(header[1]);
  const count = Number(header[2]);
  const badOffsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const m = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(lines[2 + i]!);
    if (!m) throw new Error(`bad xref entry ${i}`);
    if (m[3] !== 'n') continue;
    const num = first + i;
    if (!src.startsWith(`${num} ${Number(m[2])} obj`, Number(m[1]))) badOffsets.push(num);
  }
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(src.slice(startxref))?.[1] ?? '';
  return { eofCount, xrefSections, entries: count, badOffsets, trailer };
}

/** The Info dictionary's text, found through the trailer. */
export function infoDictionary(pdf: Buffer): string {
  const { trailer } = checkXref(pdf);
  const num = Number(/\/Info (\d+) 0 R/.exec(trailer)?.[1]);
  const obj = scanObjects(pdf).find((o) => o.num === num);
  if (!obj) throw new Error('no Info dictionary');
  return obj.head.trim();
}

/** Decodes a PDF hex or literal string to its bytes. */
function stringBytes(token: string): Buffer {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex');
  const body = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? String.fromCharCode(parseInt(e, 8));
  });
  return Buffer.from(body, 'latin1');
}

/** Decodes a PDF text string (UTF-16BE with BOM, or PDFDocEncoding ≈ latin1). */
export function pdfTextString(token: string): string {
  const bytes = stringBytes(token);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

interface CMap {
  codeBytes: number;
  map: Map<number, string>;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text);
  const codeBytes = space ? space[1]!.length / 2 : 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) {
        [...m[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      } else {
        const base = Buffer.from(m[3]!.slice(1, -1), 'hex');
        for (let c = lo; c <= hi; c++) {
          const dst = Buffer.from(base);
          dst.writeUInt16BE((dst.readUInt16BE(dst.length - 2) + (c - lo)) & 0xffff, dst.length - 2);
          map.set(c, Buffer.from(dst).swap16().toString('utf16le'));
        }
      }
    }
  }
  return { codeBytes, map };
}

const TOKEN = /\/[^\s/[\]<>()]+|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\()])*\)|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'"*]+/g;

/**
 * The text a reader would copy out of the PDF: every page's content and form XObjects, decoded
 * through each font's ToUnicode map. Text objects (BT…ET) are separated by newlines.
 */
export function extractText(pdf: Buffer): string {
  const objects = new Map(scanObjects(pdf).map((o) => [o.num, o]));
  const cmaps = new Map<number, CMap>();
  const fontCMap = (fontNum: number): CMap | undefined => {
    if (cmaps.has(fontNum)) return cmaps.get(fontNum);
    const font = objects.get(fontNum);
    const toUnicode = Number(/\/ToUnicode (\d+) 0 R/.exec(font?.head ?? '')?.[1]);
    const stream = objects.get(toUnicode);
    const cmap = stream ? parseCMap(decodedStream(stream)!.toString('latin1')) : undefined;
    if (cmap) cmaps.set(fontNum, cmap);
    return cmap;
  };
  const resourcesOf = (head: string): string => {
    const ref = /\/Resources (\d+) 0 R/.exec(head);
    if (ref) return objects.get(Number(ref[1]))?.head ?? '';
    return head;
  };
  const namedRefs = (resources: string, key: string): Map<string, number> => {
    const dict = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(resources)?.[1] ?? '';
    return new Map([...dict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
  };
  const texts: string[] = [];
  const run = (content: string, resources: string, depth: number) => {
    const fonts = namedRefs(resources, 'Font');
    const xobjects = namedRefs(resources, 'XObject');
    let cmap: CMap | undefined;
    let current = '';
    const stack: (string | string[])[] = [];
    let array: string[] | null = null;
    const show = (token: string) => {
      const bytes = stringBytes(token);
      const width = cmap?.codeBytes ?? 1;
      for (let i = 0; i + width <= bytes.length; i += width) {
        const code = width === 2 ? bytes.readUInt16BE(i) : bytes[i]!;
        current += cmap?.map.get(code) ?? (cmap ? '\uFFFD' : String.fromCharCode(code));
      }
    };
    for (const m of content.matchAll(TOKEN)) {
      const t = m[0];
      if (t === '[') array = [];
      else if (t === ']') {
        stack.push(array ?? []);
        array = null;
      } else if (array) {
        if (t.startsWith('<') || t.startsWith('(')) array.push(t);
      } else if (/^[A-Za-z'"*]+$/.test(t)) {
        if (t === 'Tf') cmap = fontCMap(fonts.get(String(stack.at(-2)).slice(1)) ?? -1);
        else if (t === 'Tj' || t === "'" || t === '"') show(String(stack.at(-1)));
        else if (t === 'TJ') (stack.at(-1) as string[]).forEach(show);
        else if (t === 'BT') current = '';
        else if (t === 'ET') texts.push(current);
        else if (t === 'Do' && depth < 8) {
          const x = objects.get(xobjects.get(String(stack.at(-1)).slice(1)) ?? -1);
          if (x && /\/Subtype\s*\/Form/.test(x.head))
            run(decodedStream(x)!.toString('latin1'), resourcesOf(x.head), depth + 1);
        }
        stack.length = 0;
      } else stack.push(t);
    }
  };
  for (const obj of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(obj.head)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(obj.head)?.[1] ?? '';
    for (const m of contents.matchAll(/(\d+) 0 R/g)) {
      const stream = objects.get(Number(m[1]));
      if (stream) run(decodedStream(stream)!.toString('latin1'), resourcesOf(obj.head), 0);
    }
  }
  return texts.join('\n');
}
