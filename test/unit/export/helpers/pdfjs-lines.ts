import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of glyphs as pdfjs extracts it, placed on the page (points, origin bottom-left). */
export interface PlacedText {
  str: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
}

export interface PdfjsPage {
  width: number;
  height: number;
  /** Runs on the same baseline, top of the page first; each line's runs left to right. */
  lines: PlacedText[][];
}

/**
 * Each page as Mozilla's PDF reader lays it out: its size and its text runs grouped into lines.
 * A right-to-left run comes with its characters in logical order, so readLine puts a line's runs
 * in the reading order of its direction.
 */
export async function pdfjsPages(pdf: Buffer): Promise<PdfjsPage[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: PdfjsPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const runs = (await page.getTextContent()).items.flatMap((i): PlacedText[] =>
        'str' in i && i.str !== ''
          ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width }]
          : [],
      );
      const lines: PlacedText[][] = [];
      for (const run of [...runs].sort((a, b) => b.y - a.y)) {
        const line = lines.find((l) => Math.abs(l[0]!.y - run.y) < 1);
        if (line) line.push(run);
        else lines.push([run]);
      }
      for (const line of lines) line.sort((a, b) => a.x - b.x);
      pages.push({ width: round(x1 - x0), height: round(y1 - y0), lines });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const kindOf = (s: string) => (RTL_LETTER.test(s) ? 'rtl' : /[\p{L}\p{N}]/u.test(s) ? 'ltr' : 'neutral');

/**
 * A line read as a person reads it; presentation forms folded back to letters (NFKC), spaces
 * collapsed, and a space where the runs leave a word's gap (Chromium draws some spaces as a gap).
 * Right to left, the runs are taken from the right edge leftwards, except that runs with
 * left-to-right letters and the spaces between them (an English placeholder, which pdfjs may
 * split at its space) form an island that keeps its own order.
 */
export function readLine(line: PlacedText[], direction: 'ltr' | 'rtl' = 'ltr'): string {
  const runs: string[] = [];
  line.forEach((run, i) => {
    const prev = line[i - 1];
    if (prev && run.str.trim() && prev.str.trim() && run.x - (prev.x + prev.width) > 1) runs.push(' ');
    runs.push(run.str);
  });
  let ordered = runs;
  if (direction === 'rtl') {
    const kinds = runs.map(kindOf);
    const groups: string[][] = [];
    for (let i = 0; i < runs.length;) {
      let end = i;
      if (kinds[i] === 'ltr')
        for (let k = i + 1; k < runs.length && kinds[k] !== 'rtl'; k++) if (kinds[k] === 'ltr') end = k;
      groups.push(runs.slice(i, end + 1));
      i = end + 1;
    }
    ordered = groups.reverse().flat();
  }
  return ordered.join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The leftmost and rightmost points a line's runs reach. */
export const lineExtent = (line: PlacedText[]) => ({
  left: Math.min(...line.map((r) => r.x)),
  right: Math.max(...line.map((r) => r.x + r.width)),
});
