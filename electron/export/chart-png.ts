import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as ResvgModule from '@resvg/resvg-wasm';
import type { Block, TableBlock } from '../../shared/export/export-document';
import { chartSvg } from '../../shared/export/table-chart-svg';
import { encodePng } from './scrub-png';

/*
 * Charts for the Word file: the same SVG the PDF prints, rasterised on the device with resvg
 * compiled to WebAssembly (@resvg/resvg-wasm; docs/decisions/0011-chart-pictures-with-resvg.md).
 * No native addon, no browser, nothing fetched: the WebAssembly and the one font are read from
 * disk. It is loaded only when a document has a chart, so other exports never pay for it.
 */

/** A chart's picture: PNG bytes and the size it is laid out at (CSS pixels, 96 to the inch). */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Drawn at twice its size, so it stays sharp when printed or zoomed. */
const SCALE = 2;

/**
 * The font every chart label is drawn in (Liberation Sans, SIL OFL; assets/fonts/). Source files
 * (electron/export/) and the built bundles (out/main/, out/cli/, inside app.asar too) all sit two
 * folders below the folder that holds assets/.
 */
export const CHART_FONT_FILE = path.resolve(__dirname, '../../assets/fonts/LiberationSans-Regular.ttf');

type Resvg = typeof ResvgModule;
let loading: Promise<{ resvg: Resvg; font: Uint8Array }> | null = null;

function load(): Promise<{ resvg: Resvg; font: Uint8Array }> {
  loading ??= (async () => {
    const resvg = await import('@resvg/resvg-wasm');
    const wasm = readFileSync(createRequire(__filename).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await resvg.initWasm(wasm);
    return { resvg, font: new Uint8Array(readFileSync(CHART_FONT_FILE)) };
  })();
  // A failed load (a missing file) is tried afresh next time instead of failing forever.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** One SVG as a PNG, drawn with Harbor's font only (no system font is looked up). */
export async function svgPicture(svg: string): Promise<ChartPicture> {
  const { resvg, font } = await load();
  const r = new resvg.Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontBuffers: [font], defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  try {
    const image = r.render();
    try {
      // Drawn on white, so opaque: the alpha channel is dropped.
      return {
        png: encodePng(image.width, image.height, image.pixels),
        width: image.width / SCALE,
        height: image.height / SCALE,
      };
    } finally {
      image.free();
    }
  } finally {
    r.free();
  }
}

/** Every table with a chart in a document, depth first (lists and quotes included). */
export function chartTables(blocks: readonly Block[]): TableBlock[] {
  return blocks.flatMap((b): TableBlock[] => {
    if (b.type === 'table') return b.chart ? [b] : [];
    if (b.type === 'list') return b.items.flatMap(chartTables);
    if (b.type === 'blockquote') return chartTables(b.blocks);
    return [];
  });
}

/** The picture of every chart in a document, keyed by its SVG (what the DOCX renderer looks up). */
export async function chartPictures(blocks: readonly Block[]): Promise<Map<string, ChartPicture>> {
  const out = new Map<string, ChartPicture>();
  for (const table of chartTables(blocks)) {
    const svg = chartSvg(table);
    if (!out.has(svg)) out.set(svg, await svgPicture(svg));
  }
  return out;
}
