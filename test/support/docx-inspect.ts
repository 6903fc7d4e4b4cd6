/**
 * Reads a DOCX the way a person sees it: each paragraph's text with Word's list numbers worked
 * out from numbering.xml (Word draws those numbers; they are not in document.xml's text).
 */
import { readZip } from '../../electron/export/zip';

export function docxParts(docx: Buffer): Map<string, string> {
  return new Map(readZip(docx).map((e) => [e.name, e.data.toString('utf8')]));
}

export function decodeEntities(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Text of every <w:t> in a part, joined: what survives when runs are put back together. */
export function joinedText(xml: string): string {
  return decodeEntities([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

interface Level {
  format: string;
  text: string;
  start: number;
}

export function paragraphsWithNumbers(docx: Buffer): string[] {
  const parts = docxParts(docx);
  const numbering = parts.get('word/numbering.xml') ?? '';
  const abstract = new Map<string, Map<string, Level>>();
  for (const m of numbering.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<string, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(l[1]!, {
        format: /<w:numFmt w:val="([^"]+)"/.exec(l[2]!)?.[1] ?? 'decimal',
        text: decodeEntities(/<w:lvlText w:val="([^"]*)"/.exec(l[2]!)?.[1] ?? ''),
        start: Number(/<w:start w:val="(\d+)"/.exec(l[2]!)?.[1] ?? 1),
      });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    nums.set(m[1]!, /<w:abstractNumId w:val="(\d+)"/.exec(m[2]!)?.[1] ?? '');
  }
  const counters = new Map<string, number>();
  const out: string[] = [];
  for (const p of (parts.get('word/document.xml') ?? '').matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1]!;
    const text = joinedText(body.replace(/<w:br\/>/g, '<w:t>\n</w:t>'));
    const numId = /<w:numId w:val="(\d+)"/.exec(body)?.[1];
    const ilvl = /<w:ilvl w:val="(\d+)"/.exec(body)?.[1] ?? '0';
    const level = numId ? abstract.get(nums.get(numId) ?? '')?.get(ilvl) : undefined;
    if (!level || level.format === 'bullet') {
      out.push(level ? `${level.text} ${text}` : text);
      continue;
    }
    const key = `${numId}:${ilvl}`;
    const n = (counters.get(key) ?? level.start - 1) + 1;
    counters.set(key, n);
    out.push(`${level.text.replace(`%${Number(ilvl) + 1}`, String(n))} ${text}`);
  }
  return out;
}
