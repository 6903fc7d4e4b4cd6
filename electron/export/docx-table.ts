import {
  AlignmentType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type Paragraph,
} from 'docx';
import type { TableBlock } from '../../shared/export/table-block';

/**
 * A table block as a real Word table: its caption as a bold paragraph above it (and a chart's
 * one-sentence summary in italics), then a header row repeated on every page (w:tblHeader) and one
 * row per data row, the first cell of each naming it and the numbers right-aligned. The DOCX has
 * no picture of a chart: the table carries the same numbers (see docs/campaigns.md).
 */
export function docxTable(
  block: TableBlock,
  paragraph: (options: IParagraphOptions) => Paragraph,
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
  const table = new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
  // A paragraph after the table keeps two tables in a row from merging into one in Word.
  return [caption, ...summary, table, paragraph({ children: [] })];
}
