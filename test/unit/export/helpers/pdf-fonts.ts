import { scanObjects } from './pdf-inspect';

export interface PdfFont {
  /** As `pdffonts` names it: "AAAAAA+LiberationSerif", or "(unnamed)" for a Type 3 font. */
  name: string;
  /** The font's /Subtype; for a composite font, its descendant's ("CIDFontType2"). */
  type: string;
  /** The font program is in the file (FontFile, FontFile2 or FontFile3), or the font draws its own glyphs (Type 3). */
  embedded: boolean;
}

const refTo = (head: string, key: string) => {
  const m = new RegExp(`/${key}\\s*\\[?\\s*(\\d+) \\d+ R`).exec(head);
  return m ? Number(m[1]) : undefined;
};

/**
 * Every font the file's pages can use, read from its objects the way `pdffonts` lists them: a
 * composite (Type 0) font is reported by its descendant, whose descriptor must point at the
 * font program. Independent of electron/export's parser.
 */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const objects = new Map(scanObjects(pdf).map((o) => [o.num, o.head]));
  const fonts: PdfFont[] = [];
  for (const head of objects.values()) {
    if (!/\/Type\s*\/Font\b(?!Descriptor)/.test(head)) continue;
    const subtype = /\/Subtype\s*\/(\w+)/.exec(head)?.[1] ?? '?';
    if (subtype.startsWith('CIDFontType')) continue; // reported through its Type 0 parent
    const name = /\/BaseFont\s*\/([^\s/<>[\]]+)/.exec(head)?.[1] ?? '(unnamed)';
    if (subtype === 'Type3') {
      fonts.push({ name, type: 'Type3', embedded: true });
      continue;
    }
    const descendant = subtype === 'Type0' ? objects.get(refTo(head, 'DescendantFonts') ?? -1) : head;
    const type = subtype === 'Type0' ? (/\/Subtype\s*\/(\w+)/.exec(descendant ?? '')?.[1] ?? '?') : subtype;
    const descriptor = objects.get(refTo(descendant ?? '', 'FontDescriptor') ?? -1) ?? '';
    fonts.push({ name, type, embedded: /\/FontFile[23]?\s+\d+ \d+ R/.test(descriptor) });
  }
  return fonts;
}
