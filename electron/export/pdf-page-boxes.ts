import type { Paper } from '../../shared/export/export-document';
import { PAPER } from '../../shared/export/paper';
import { nameOf, type PdfValue } from './pdf-syntax';

/** Every page boundary a PDF can give (ISO 32000-1 §14.11.2); Chromium writes only MediaBox. */
const BOX_KEYS = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'];

const points = (inches: number) => Math.round(inches * 72 * 100) / 100;

/**
 * The paper's size in points, to 0.01 pt: letter 612 × 792, A4 595.28 × 841.89 (ISO 216's
 * 210 × 297 mm). Chromium prints a CSS A4 page as 594.96 × 841.92: it rounds the size to its own
 * layout units, and no print option or CSS changes that.
 */
export function paperPoints(paper: Paper): { width: number; height: number } {
  return { width: points(PAPER[paper].widthInches), height: points(PAPER[paper].heightInches) };
}

/**
 * A page or page-tree node with each of its boxes set to the exact paper size; any other value as
 * it was. Nothing is scaled: Chromium draws from the top-left corner inside 1-inch margins, so
 * moving the right and bottom edges by the rounding (a third of a point) moves no text onto or off
 * the page. A box written in the page tree (inherited) is set where it is written.
 */
export function withExactPageBoxes(value: PdfValue, paper: Paper): PdfValue {
  if (value.kind !== 'dict') return value;
  const type = nameOf(value.entries.get('Type'));
  if (type !== 'Page' && type !== 'Pages') return value;
  const { width, height } = paperPoints(paper);
  const box: PdfValue = {
    kind: 'array',
    items: [0, 0, width, height].map((n) => ({ kind: 'num', raw: String(n) })),
  };
  return {
    kind: 'dict',
    entries: new Map([...value.entries].map(([key, v]) => [key, BOX_KEYS.includes(key) ? box : v])),
  };
}
