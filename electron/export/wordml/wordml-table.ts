import type { DocumentLanguage } from '../../../shared/core/export-formats';
import { CHART_NO_FONT_TEXT } from '../../../shared/export/chart-note-text';
import type { TableBlock } from '../../../shared/export/table-block';
import { chartSvg } from '../../../shared/export/table-chart-svg';
import type { ChartPictureOrNote } from '../chart-png';
import { paragraphXml } from './wordml-paragraph';
import { pictureRunXml, type PictureSink } from './wordml-picture';
import { textRunXml } from './wordml-run';

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');

/**
 * A table block as a real Word table: its caption as a bold paragraph above it (and a chart's
 * one-sentence summary in italics, then the chart's picture with that sentence as its alt text),
 * then a header row repeated on every page (w:tblHeader) and one row per data row, the first cell
 * of each naming it and the numbers right-aligned. The table is the chart's accessible form: the
 * picture is drawn from its cells and never stands without it.
 * `textWidth`: the page's text column in twips, shared equally among the columns.
 */
export function tableXml(
  block: TableBlock,
  pictures: ReadonlyMap<string, ChartPictureOrNote>,
  language: DocumentLanguage,
  media: PictureSink,
  textWidth: number,
): string {
  const cell = (text: string, header: boolean, first: boolean) =>
    `<w:tc>${paragraphXml({ alignment: header || first ? 'start' : 'end' }, textRunXml(text, header ? { bold: true } : {}))}</w:tc>`;
  const row = (cells: readonly string[], header: boolean) =>
    `<w:tr><w:trPr>${header ? '<w:tblHeader/>' : '<w:cantSplit/>'}</w:trPr>${cells.map((c, i) => cell(c, header, i === 0)).join('')}</w:tr>`;
  const keep = { keepNext: true };
  let out = paragraphXml(keep, textRunXml(block.caption, { bold: true }));
  if (block.chart) out += paragraphXml(keep, textRunXml(block.chart.summary, { italics: true }));
  const picture = block.chart ? pictures.get(chartSvg(block)) : undefined;
  // No font for some words: say so in plain words rather than draw boxes; the table follows.
  if (picture && 'noFont' in picture) out += paragraphXml(keep, textRunXml(CHART_NO_FONT_TEXT[language], {}));
  else if (picture) out += paragraphXml(keep, pictureRunXml(picture, block.chart!.summary, media));
  const columns = Math.max(0, block.header.length, ...block.rows.map((r) => r.length));
  const grid = `<w:gridCol w:w="${Math.round(textWidth / columns)}"/>`.repeat(columns);
  out += `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`;
  out += `<w:tblGrid>${grid}</w:tblGrid>${row(block.header, true)}${block.rows.map((r) => row(r, false)).join('')}</w:tbl>`;
  // A paragraph after the table keeps two tables in a row from merging into one in Word.
  return out + paragraphXml({});
}
