import {
  AlignmentType,
  ImageRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type Paragraph,
} from 'docx';
import type { DocumentLanguage } from '../../../shared/core/export-formats';
import { CHART_NO_FONT_TEXT } from '../../../shared/export/chart-note-text';
import type { TableBlock } from '../../../shared/export/table-block';
import { chartSvg } from '../../../shared/export/table-chart-svg';
import type { ChartPicture, ChartPictureOrNote } from '../../../electron/export/chart-png';

import { MAX_CHART_WIDTH_PX as MAX_WIDTH_PX } from '../../../electron/export/wordml/wordml-names';

/**
 * A table block as a real Word table: its caption as a bold paragraph above it (and a chart's
 * one-sentence summary in italics, then the chart's picture with that sentence as its alt text),
 * then a header row repeated on every page (w:tblHeader) and one row per data row, the first cell
 * of each naming it and the numbers right-aligned. The table is the chart's accessible form: the
 * picture is drawn from its cells and never stands without it.
 */
export function docxTable(
  block: TableBlock,
  paragraph: (options: IParagraphOptions) => Paragraph,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
  language: DocumentLanguage = 'en',
): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean, first: boolean) =>
    new TableCell({
      children: [
        paragraph({
          children: [new TextRun({ text, bold: header || undefined })],
          alignment: header || first ? AlignmentType.START : AlignmentType.END,
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: block.header.map((h, i) => cell(h, true, i === 0)),
  });
  const rows = block.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, i === 0)) }),
  );
  const caption = paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true });
  const summary = block.chart
    ? [paragraph({ children: [new TextRun({ text: block.chart.summary, italics: true })], keepNext: true })]
    : [];
  const picture = block.chart ? pictures.get(chartSvg(block)) : undefined;
  // No font for some words: say so in plain words rather than draw boxes; the table follows.
  const figure = !picture
    ? []
    : 'noFont' in picture
      ? [paragraph({ children: [new TextRun({ text: CHART_NO_FONT_TEXT[language] })], keepNext: true })]
      : [pictureParagraph(picture, block.chart!.summary, paragraph)];
  const table = new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
  // A paragraph after the table keeps two tables in a row from merging into one in Word.
  return [caption, ...summary, ...figure, table, paragraph({ children: [] })];
}

/** The chart's picture, inline, kept with its table; named by the chart's summary for screen readers. */
function pictureParagraph(
  picture: ChartPicture,
  summary: string,
  paragraph: (options: IParagraphOptions) => Paragraph,
): Paragraph {
  const scale = Math.min(1, MAX_WIDTH_PX / picture.width);
  return paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
        altText: { title: summary, description: summary },
      }),
    ],
  });
}
