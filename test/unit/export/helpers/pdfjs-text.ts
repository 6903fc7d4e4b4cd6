import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfHaystacks } from './export-haystacks';
import type { Haystack } from './leak-check';

/**
 * The text Mozilla's PDF reader extracts, page by page: an independent reading of the file, so a
 * leak our own extractor misses (an odd font encoding, text outside the content stream) still shows.
 */
export async function pdfjsText(pdf: Buffer): Promise<string> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

/** pdfHaystacks plus the text pdfjs extracts. */
export async function allPdfHaystacks(pdf: Buffer): Promise<Haystack[]> {
  return [...pdfHaystacks(pdf), { label: 'pdf text (pdfjs)', text: await pdfjsText(pdf) }];
}
