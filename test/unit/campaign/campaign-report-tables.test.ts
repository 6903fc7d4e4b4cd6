import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/export-file';
import type { ExportDocument } from '../../../shared/export/export-document';
import { exportDocumentSchema } from '../../../shared/export/export-document-schema';
import { renderPrintHtml } from '../../../shared/export/print-html';
import type { TableBlock } from '../../../shared/export/table-block';
import { barChartSvg } from '../../../shared/export/table-chart-svg';
import { decodeEntities, docxParts } from '../../support/docx-inspect';

const table: TableBlock = {
  type: 'table',
  caption: 'Asks',
  header: ['Asks', 'Number'],
  rows: [
    ['Won', '3'],
    ['Lost <script>alert(1)</script>', '1'],
  ],
  chart: { kind: 'bars', valueColumn: 1, summary: 'Of 4 asks: 3 won, 1 lost.' },
};
const doc: ExportDocument = {
  language: 'en',
  title: 'Campaign report',
  byline: null,
  paper: 'letter',
  blocks: [{ type: 'heading', level: 1, runs: [{ text: 'In numbers' }] }, table],
};

describe('a table in a report', () => {
  it('prints in the PDF as an HTML table with a header row, under its chart and summary, all escaped', () => {
    const html = renderPrintHtml(doc);
    expect(html).toContain('<caption>Asks</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Asks</th><th scope="col">Number</th></tr></thead>');
    expect(html).toContain('<tr><th scope="row">Won</th><td>3</td></tr>');
    expect(html).toContain('<figcaption>Of 4 asks: 3 won, 1 lost.</figcaption>');
    expect(html).toMatch(/<svg class="chart" role="img" aria-label="Of 4 asks: 3 won, 1 lost\."/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Lost &lt;script&gt;');
  });

  it('draws one bar per row, as long as its value against the largest, with nothing that could load', () => {
    const svg = barChartSvg(table);
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"[^>]*class="bar"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(Math.abs(widths[0]! - widths[1]! * 3)).toBeLessThanOrEqual(2);
    expect(svg).not.toMatch(/href|<script|<image|url\(/i);
  });

  it('is a real Word table in the DOCX: a repeated header row, one row per entry, the summary above', async () => {
    const xml = decodeEntities(docxParts(await exportDocx(doc)).get('word/document.xml')!);
    expect(xml).toContain('<w:tbl>');
    const rows = xml.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('Asks');
    expect(rows[1]).toContain('Won');
    expect(rows[2]).toContain('Lost <script>alert(1)</script>');
    expect(xml.indexOf('Of 4 asks: 3 won, 1 lost.')).toBeLessThan(xml.indexOf('<w:tbl>'));
  });

  it('crosses the bridge only in its own shape', () => {
    expect(exportDocumentSchema.safeParse(doc).success).toBe(true);
    const extra = { ...doc, blocks: [{ ...table, html: '<b>x</b>' }] };
    expect(exportDocumentSchema.safeParse(extra).success).toBe(false);
  });
});
