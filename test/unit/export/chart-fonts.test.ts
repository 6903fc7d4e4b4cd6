import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chooseFonts,
  fontFiles,
  missingCharacters,
  systemFontCandidates,
  systemFontFolders,
  type FontCandidate,
} from '../../../electron/export/chart-fonts';
import { CHART_FONT_FILE, chartPictures, svgPicture, type ChartPicture } from '../../../electron/export/chart-png';
import { renderDocxParts } from '../../../electron/export/render-docx';
import { fontCoverage, type Coverage } from '../../../electron/export/font-coverage';
import type { ExportDocument } from '../../../shared/export/export-document';
import type { TableBlock } from '../../../shared/export/table-block';
import { chartSvg, textUnits } from '../../../shared/export/table-chart-svg';
import { decodeEntities } from '../../support/docx-inspect';

const liberation = fontCoverage(CHART_FONT_FILE)!;
const range = (from: number, to: number): Coverage => [[from, to]];
const ARABIC = 'لجنة العدل';
const HEBREW = 'ועדת החוקה';
const CHINESE = '参议院司法委员会';

describe('which labels need which font', () => {
  it('finds nothing missing for Latin, Spanish, Greek and Cyrillic labels (Harbor’s own font draws them)', () => {
    expect(missingCharacters(['SB 12 — Señoría', 'Επιτροπή', 'Комитет №5'], liberation)).toEqual([]);
  });

  it('names each character of Arabic, Hebrew and Chinese labels once, and ignores spaces and direction marks', () => {
    expect(missingCharacters([`\u2068${ARABIC}\u2069`, ARABIC], liberation)).toEqual([...new Set('لجنةالعد')]);
    expect(missingCharacters([HEBREW], liberation)).toEqual([...new Set('ועדתהחוקה')]);
    expect(missingCharacters(['SB 12 参议院'], liberation)).toEqual(['参', '议', '院']);
  });

  it('chooses the fewest fonts in order, reading no font once every character is covered', () => {
    const read: string[] = [];
    function* candidates(): Generator<FontCandidate> {
      for (const c of [
        { file: 'Latin.ttf', coverage: range(0x20, 0x7e) },
        { file: 'Hebrew+Arabic.ttf', coverage: [[0x590, 0x6ff]] as Coverage },
        { file: 'Arabic.ttf', coverage: range(0x600, 0x6ff) },
        { file: 'Han.ttc', coverage: range(0x4e00, 0x9fff) },
        { file: 'Never.ttf', coverage: range(0, 0x10ffff) },
      ]) {
        read.push(c.file);
        yield c;
      }
    }
    const missing = missingCharacters([ARABIC, HEBREW, CHINESE], liberation);
    expect(chooseFonts(missing, candidates())).toEqual({ files: ['Hebrew+Arabic.ttf', 'Han.ttc'], uncovered: [] });
    expect(read).toEqual(['Latin.ttf', 'Hebrew+Arabic.ttf', 'Arabic.ttf', 'Han.ttc']);
  });

  it('reports the characters no font covers', () => {
    expect(chooseFonts(['参', 'ש'], [{ file: 'Hebrew.ttf', coverage: range(0x590, 0x5ff) }])).toEqual({
      files: ['Hebrew.ttf'],
      uncovered: ['参'],
    });
  });

  it('looks in the computer’s own font folders on Linux, Windows and macOS', () => {
    expect(systemFontFolders('linux', {}, '/home/ana')).toEqual([
      '/usr/share/fonts',
      '/usr/local/share/fonts',
      '/home/ana/.local/share/fonts',
      '/home/ana/.fonts',
    ]);
    expect(systemFontFolders('win32', { WINDIR: 'D:\\Win' }, 'C:\\Users\\ana')).toEqual(['D:\\Win\\Fonts']);
    expect(systemFontFolders('darwin', {}, '/Users/ana')).toEqual([
      '/System/Library/Fonts',
      '/Library/Fonts',
      '/Users/ana/Library/Fonts',
    ]);
  });

  it('tries plain sans faces before bold, serif or mono ones', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'harbor-fonts-'));
    mkdirSync(path.join(dir, 'deep'));
    for (const f of ['Noto-Bold.ttf', 'DejaVuSerif.ttf', 'deep/DejaVuSans.ttf', 'DejaVuSansMono.ttf', 'notes.txt'])
      writeFileSync(path.join(dir, f), '');
    expect(fontFiles([dir]).map((f) => path.relative(dir, f))).toEqual([
      'deep/DejaVuSans.ttf',
      'DejaVuSerif.ttf',
      'DejaVuSansMono.ttf',
      'Noto-Bold.ttf',
    ]);
  });

  it('reads a font’s coverage from its cmap: Liberation Sans has Greek and Cyrillic, not Hebrew or Chinese', () => {
    const has = (ch: string) => missingCharacters([ch], liberation).length === 0;
    expect(['A', 'ñ', 'Ω', 'Ж', '€'].every(has)).toBe(true);
    expect(['ש', 'م', '参'].some(has)).toBe(false);
  });
});

/** The fonts this computer has for each script (the CI image has AR PL UMing and DejaVu Sans). */
const found = (label: string) => chooseFonts(missingCharacters([label], liberation), systemFontCandidates());
const hasFont = {
  arabic: found(ARABIC).uncovered.length === 0,
  hebrew: found(HEBREW).uncovered.length === 0,
  chinese: found(CHINESE).uncovered.length === 0,
};

const bars = (labels: readonly string[]): TableBlock => ({
  type: 'table',
  caption: 'Testimonies per hearing',
  header: ['Hearing', 'Testimonies'],
  rows: labels.map((l, i) => [l, String(i + 1)]),
  chart: { kind: 'bars', valueColumn: 1, summary: 'Testimonies.' },
});

/** The RGB rows of one of our PNGs (8-bit RGB, no filter). */
function dark(png: Uint8Array): { width: number; height: number; inkAt: (x: number, y: number) => boolean } {
  const buf = Buffer.from(png);
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const raw = inflateSync(buf.subarray(buf.indexOf('IDAT') + 4, buf.indexOf('IEND') - 8));
  return { width, height, inkAt: (x, y) => raw[y * (width * 3 + 1) + 1 + x * 3]! < 128 };
}

/** A label alone, as a picture: text starting at x = 10. */
const labelSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="30" font-family="Liberation Sans" font-size="16"><rect width="400" height="30" fill="#ffffff"></rect><text x="10" y="20" fill="#000000">${text}</text></svg>`;

/** How many dark pixels each column of a picture holds. */
function inkColumns(png: Uint8Array): number[] {
  const img = dark(png);
  return Array.from({ length: img.width }, (_, x) => {
    let n = 0;
    for (let y = 0; y < img.height; y += 1) if (img.inkAt(x, y)) n += 1;
    return n;
  });
}

describe('chart pictures with labels in other scripts', () => {
  it.skipIf(!hasFont.chinese)(
    `draws distinct Chinese characters as distinct glyphs, not boxes${hasFont.chinese ? '' : ' (SKIPPED: no font on this computer covers Chinese)'}`,
    async () => {
      const fonts = found(CHINESE).files;
      const each = (fallback: readonly string[]) =>
        Promise.all(['参', '议', '院'].map((ch) => svgPicture(labelSvg(ch), fallback)));
      const boxes = (await each([])).map((p) => Buffer.from(p.png).toString('base64'));
      expect(new Set(boxes).size).toBe(1); // Liberation Sans alone: the same empty box each time.
      const glyphs = (await each(fonts)).map((p) => Buffer.from(p.png).toString('base64'));
      expect(new Set(glyphs).size).toBe(3);
      expect(glyphs).not.toContain(boxes[0]);
    },
  );

  it.skipIf(!hasFont.hebrew)(
    `draws a Hebrew label right to left: its first word on the right${hasFont.hebrew ? '' : ' (SKIPPED: no font on this computer covers Hebrew)'}`,
    async () => {
      // A one-letter first word and a long second one: read right to left, the short one is on the
      // right. The space is the widest gap between inked columns (shins sit close together).
      const picture = await svgPicture(labelSvg('א שששששששששש'), found(HEBREW).files);
      const ink = inkColumns(picture.png);
      const runs: [number, number][] = [];
      ink.forEach((n, x) => {
        const last = runs[runs.length - 1];
        if (n > 0 && last && last[1] >= x - 1) last[1] = x;
        else if (n > 0) runs.push([x, x]);
      });
      const gaps = runs.slice(1).map((r, i) => ({ after: i, width: r[0] - runs[i]![1] }));
      const space = gaps.reduce((a, b) => (b.width > a.width ? b : a));
      const left = runs[space.after]![1] - runs[0]![0];
      const right = runs[runs.length - 1]![1] - runs[space.after + 1]![0];
      expect(left).toBeGreaterThan(right * 5);
    },
  );

  it('cuts a long Chinese label to the room beside its bar, counting each character as wide', () => {
    const long = `${CHINESE}${CHINESE}${CHINESE}`; // 24 characters, each about an em wide
    const svg = chartSvg(bars([long, 'Judiciary and the long committee name of twenty-four']));
    const [drawn, latin] = [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(drawn!.endsWith('\u2026')).toBe(true);
    expect(textUnits(drawn!)).toBeLessThanOrEqual(23);
    expect([...drawn!].length).toBeLessThan(15);
    expect([...latin!].length).toBe(23); // a Latin label keeps as many characters as fit
  });

  it.skipIf(!hasFont.chinese)(
    `draws a long Chinese label whole inside the picture, not cut off at its left edge${hasFont.chinese ? '' : ' (SKIPPED: no font on this computer covers Chinese)'}`,
    async () => {
      const picture = await svgPicture(chartSvg(bars([`${CHINESE}${CHINESE}${CHINESE}`])), found(CHINESE).files);
      const ink = inkColumns(picture.png);
      expect(ink.slice(0, 8).every((n) => n === 0)).toBe(true);
      expect(ink.slice(8, 340).some((n) => n > 0)).toBe(true);
    },
  );

  it.skipIf(!hasFont.arabic || !hasFont.chinese)(
    `loads fallback fonts only for a report whose labels need them${hasFont.arabic && hasFont.chinese ? '' : ' (SKIPPED: no font on this computer covers Arabic or Chinese)'}`,
    async () => {
      const latin = bars(['Judiciary', 'Finance']);
      const other = bars([`2027-03-03 — ${ARABIC}`, CHINESE, 'Комитет']);
      let asked = 0;
      const counting = () => {
        asked += 1;
        return systemFontCandidates();
      };
      await chartPictures([latin], counting);
      expect(asked).toBe(0);
      const pictures = await chartPictures([latin, other], counting);
      expect(asked).toBe(1);
      const drawn = pictures.get(chartSvg(other)) as ChartPicture;
      const plain = await svgPicture(chartSvg(other));
      expect(Buffer.from(drawn.png).equals(Buffer.from(plain.png))).toBe(false);
    },
  );
});

describe('a chart whose labels no font on this computer can draw', () => {
  const doc = (table: TableBlock): ExportDocument => ({
    language: 'es',
    title: 'Informe',
    byline: null,
    paper: 'letter',
    blocks: [table],
  });

  it('has no picture: the report says so plainly and keeps the table, while other charts keep theirs', async () => {
    const other = bars([CHINESE]);
    const latin = bars(['Judiciary']);
    const pictures = await chartPictures([other, latin], () => []);
    expect(pictures.get(chartSvg(other))).toEqual({ noFont: true });
    expect(pictures.get(chartSvg(latin))).toHaveProperty('png');
  });

  it('prints a plain note in the Word file where the picture would be, in the report’s language, then the table', () => {
    const table = bars([CHINESE]);
    const xml = decodeEntities(
      renderDocxParts(doc(table), new Map([[chartSvg(table), { noFont: true }]]))
        .find((e) => e.name === 'word/document.xml')!
        .data.toString('utf8'),
    );
    const note = xml.indexOf('Falta el dibujo de este gráfico: esta computadora no tiene una letra (fuente)');
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml).toContain(CHINESE);
    expect(xml).not.toContain('<w:drawing>');
  });
});
