import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { svgPicture } from '../../../electron/export/chart-png';
import { pngChunkNames } from '../../../electron/export/scrub-png';
import type { TableBlock } from '../../../shared/export/table-block';
import { barChartSvg } from '../../../shared/export/table-chart-svg';

const table: TableBlock = {
  type: 'table',
  caption: 'Asks',
  header: ['Asks', 'Number'],
  rows: [
    ['Won', '3'],
    ['Lost', '1'],
  ],
  chart: { kind: 'bars', valueColumn: 1, summary: 'Of 4 asks: 3 won, 1 lost.' },
};

/** The RGB of each pixel of one of our PNGs (8-bit RGB, no filter). */
function pixels(png: Buffer): { width: number; at: (x: number, y: number) => [number, number, number] } {
  const width = png.readUInt32BE(16);
  const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
  const raw = inflateSync(idat);
  const row = width * 3 + 1;
  return { width, at: (x, y) => [raw[y * row + 1 + x * 3]!, raw[y * row + 2 + x * 3]!, raw[y * row + 3 + x * 3]!] };
}

describe('a chart as a picture', () => {
  it('is the SVG drawn at twice its size, with its bars where the SVG puts them, and labels in ink', async () => {
    const svg = barChartSvg(table);
    const picture = await svgPicture(svg);
    const [w, h] = [/width="(\d+)"/.exec(svg)![1], /height="(\d+)"/.exec(svg)![1]].map(Number);
    expect([picture.width, picture.height]).toEqual([w, h]);
    expect(pngChunkNames(picture.png)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const image = pixels(Buffer.from(picture.png));
    expect(image.width).toBe(w! * 2);
    // The first bar: from x=170 to 170+250, rows 6 to 24 of the SVG.
    const [bx, by, bw] = /<rect x="(\d+)" y="(\d+)" width="(\d+)"[^>]*class="bar"/.exec(svg)!.slice(1).map(Number);
    expect(image.at((bx! + bw! / 2) * 2, (by! + 9) * 2)).toEqual([0x55, 0x55, 0x55]);
    // Beyond the second, shorter bar: white.
    expect(image.at((bx! + bw! - 5) * 2, (by! + 24 + 9) * 2)).toEqual([255, 255, 255]);
    // The label "Won" is drawn (the font was found): dark pixels left of the first bar.
    let ink = 0;
    for (let x = 100 * 2; x < 168 * 2; x += 1)
      for (let y = by! * 2; y < (by! + 18) * 2; y += 1) if (image.at(x, y)[0] < 128) ink += 1;
    expect(ink).toBeGreaterThan(20);
  });
});
