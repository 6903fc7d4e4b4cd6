import { docxParts, joinedText } from '../../../support/docx-inspect';

/** Each paragraph's text, of the body, then the headers and footers: what Word shows, line by line. */
export function docxLines(docx: Buffer): string[] {
  const parts = docxParts(docx);
  const names = ['word/document.xml', ...[...parts.keys()].filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))];
  return names.flatMap((name) =>
    [...parts.get(name)!.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => joinedText(m[1]!)),
  );
}

/** The settings a clerk's Word or LibreOffice reads from the package. */
export function docxSettings(docx: Buffer) {
  const parts = docxParts(docx);
  const body = parts.get('word/document.xml')!;
  const attrs = (xml: string | undefined) =>
    Object.fromEntries([...(xml ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const paragraphs = [...body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.get('word/styles.xml') ?? '')?.[0];
  return {
    /** Every <w:sectPr>'s page size and margins (one section per document). */
    pageSizes: [...body.matchAll(/<w:pgSz\b([^>]*)\/>/g)].map((m) => attrs(m[1])),
    margins: [...body.matchAll(/<w:pgMar\b([^>]*)\/>/g)].map((m) => attrs(m[1])),
    /** The document default language (w:val, w:eastAsia, w:bidi). */
    language: attrs(/<w:lang\b([^>]*)\/>/.exec(defaults ?? '')?.[1]),
    paragraphs: paragraphs.length,
    /** Paragraphs whose own properties turn widow and orphan control on. */
    widowControlled: paragraphs.filter((p) => /^<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:widowControl\/>/.test(p)).length,
  };
}
