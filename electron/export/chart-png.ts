import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as ResvgModule from '@resvg/resvg-wasm';
import type { Block, TableBlock } from '../../shared/export/export-document';
import { chartSvg } from '../../shared/export/table-chart-svg';
import { chooseFonts, missingCharacters, systemFontCandidates, type FontCandidate } from './chart-fonts';
import { fontCoverage, type Coverage } from './font-coverage';
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

/** A chart left without a picture because no font on this computer draws some of its labels. */
export interface NoFontForChart {
  noFont: true;
}

export type ChartPictureOrNote = ChartPicture | NoFontForChart;

/** Drawn at twice its size, so it stays sharp when printed or zoomed. */
const SCALE = 2;

/**
 * The font every chart label is drawn in (Liberation Sans, SIL OFL; assets/fonts/). Source files
 * (electron/export/) and the built bundles (out/main/, out/cli/, inside app.asar too) all sit two
 * folders below the folder that holds assets/.
 */
export const CHART_FONT_FILE = path.resolve(__dirname, '../../assets/fonts/LiberationSans-Regular.ttf');

type Resvg = typeof ResvgModule;
let loading: Promise<{ resvg: Resvg; font: Uint8Array; coverage: Coverage }> | null = null;

function load(): Promise<{ resvg: Resvg; font: Uint8Array; coverage: Coverage }> {
  loading ??= (async () => {
    const resvg = await import('@resvg/resvg-wasm');
    const wasm = readFileSync(createRequire(__filename).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await resvg.initWasm(wasm);
    const coverage = fontCoverage(CHART_FONT_FILE);
    if (!coverage) throw new Error('chart font unreadable');
    return { resvg, font: new Uint8Array(readFileSync(CHART_FONT_FILE)), coverage };
  })();
  // A failed load (a missing file) is tried afresh next time instead of failing forever.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const TEXT = /(<text\b[^>]*>)([^<]*)(<\/text>)/g;

/** The words an SVG draws, as the reader reads them (entities decoded). */
export function svgLabels(svg: string): string[] {
  return [...svg.matchAll(TEXT)].map((m) => m[2]!.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITY[e]!));
}

/**
 * One SVG as a PNG, drawn with Harbor's font and, for labels it cannot draw, the fallback font
 * files given (chart-fonts.ts); no other font is looked up. resvg shapes Arabic and orders
 * right-to-left words itself (a label's first strong letter sets its direction).
 */
export async function svgPicture(svg: string, fallbackFonts: readonly string[] = []): Promise<ChartPicture> {
  return drawPicture(svg, readFonts(fallbackFonts));
}

/**
 * Fallback fonts are read for one document and let go with it: a CJK font is over 20 MB, and a
 * long-running app would otherwise hold every one it ever needed.
 */
const readFonts = (files: readonly string[]) => files.map((file) => new Uint8Array(readFileSync(file)));

async function drawPicture(svg: string, fallbackFonts: readonly Uint8Array[]): Promise<ChartPicture> {
  const { resvg, font } = await load();
  const r = new resvg.Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontBuffers: [font, ...fallbackFonts], defaultFontFamily: 'Liberation Sans' },
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

/**
 * The picture of every chart in a document, keyed by its SVG (what the DOCX renderer looks up).
 * Only when a label has characters Harbor's font lacks are this computer's fonts searched (once
 * for the whole document); a chart whose labels no font can draw gets a note instead of boxes.
 */
export async function chartPictures(
  blocks: readonly Block[],
  fonts: () => Iterable<FontCandidate> = systemFontCandidates,
): Promise<Map<string, ChartPictureOrNote>> {
  const svgs = [...new Set(chartTables(blocks).map(chartSvg))];
  const out = new Map<string, ChartPictureOrNote>();
  if (svgs.length === 0) return out;
  const { coverage } = await load();
  const missing = missingCharacters(svgs.flatMap(svgLabels), coverage);
  const choice = missing.length > 0 ? chooseFonts(missing, fonts()) : { files: [], uncovered: [] };
  const fallback = readFonts(choice.files);
  for (const svg of svgs) {
    const drawable =
      choice.uncovered.length === 0 || !svgLabels(svg).some((l) => choice.uncovered.some((ch) => l.includes(ch)));
    out.set(svg, drawable ? await drawPicture(svg, fallback) : { noFont: true });
  }
  return out;
}
