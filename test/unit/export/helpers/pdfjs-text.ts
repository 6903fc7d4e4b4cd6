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

/** Each page's size in points, as a PDF reader sees it (width × height, rounded to 0.01 pt). */
export async function pdfjsPageSizes(pdf: Buffer): Promise<[number, number][]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const sizes: [number, number][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const [x0, y0, x1, y1] = (await doc.getPage(n)).view as [number, number, number, number];
      sizes.push([Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100]);
    }
    return sizes;
  } finally {
    await task.destroy();
  }
}
