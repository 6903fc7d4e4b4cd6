import { describe, expect, it } from 'vitest';
import { createCampaignReports, createCampaignService } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { exportPdf } from '../../../electron/export/export-file';
import { createStoryService } from '../../../electron/stories/index';
import type { ExportDocument, TableBlock } from '../../../shared/export/export-document';
import { chartSvg } from '../../../shared/export/table-chart-svg';
import { doc, para, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';
import { extractText } from '../export/helpers/pdf-inspect';
import { useChromiumPrinter } from '../export/helpers/shared-printer';
import { engagement } from './campaign-fixture';

const printer = useChromiumPrinter();
const NOW = new Date('2027-06-01T10:00:00Z');
const STORY = 'Zephyrine quarrelled beneath Vellacourt orchards; Thimbleworth ledgers whispered.';

async function prepared(language: 'en' | 'es') {
  const vault = new FakeVault();
  const clock = () => NOW;
  await createProfileStore(vault).set({ fullName: 'Quirina Vantongeren' });
  await createStoryService(vault, { now: clock }).create({ title: 'Mine', doc: doc(para(text(STORY))) });
  const c = await createCampaignService(vault, { now: clock }).create({
    title: 'Vacatur Now',
    policyAsk: 'Clear records',
    jurisdiction: 'us-state',
    bills: [
      {
        id: 'bill-1',
        number: 'SB 12',
        steps: [
          { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
          { id: 'st-2', kind: 'committee-vote', date: '2027-03-20' },
        ],
      },
    ],
    engagements: [
      engagement({ date: '2027-01-12', billIds: ['bill-1'] }),
      engagement({ kind: 'call', date: '2027-02-12', billIds: ['bill-1'] }),
      engagement({ kind: 'hearing', date: '2027-03-03', hearing: { billId: 'bill-1', committee: 'Judiciary' } }),
    ],
  });
  const reports = createCampaignReports({ vault, clock, printer: printer() });
  const options = { id: c.id, format: 'pdf' as const, language, paper: 'letter' as const };
  return { reports, options, document: (await reports.prepare(options)).document };
}

const charts = (d: ExportDocument) => d.blocks.filter((b): b is TableBlock => b.type === 'table' && !!b.chart);
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const flat = (pdf: Buffer) => extractText(pdf).replace(/\s+/g, ' ');

describe('the campaign report as a PDF, with its charts', () => {
  it('prints the timeline and the months chart: every label of each picture, on top of the tables', async () => {
    const { reports, options, document } = await prepared('en');
    expect(charts(document).map((t) => t.chart?.kind)).toEqual(['timeline', 'bars', 'stacked', 'bars']);
    const withCharts = flat(await reports.render(options));
    // The same document with its tables only: what the pictures add is their labels.
    const tablesOnly = flat(
      await exportPdf(
        {
          ...document,
          blocks: document.blocks.map((b) => (b.type === 'table' ? { ...b, chart: undefined } : b)),
        },
        printer(),
      ),
    );
    for (const table of charts(document).filter((t) => t.chart?.kind !== 'bars')) {
      expect(withCharts).toContain(table.caption);
      expect(withCharts).toContain(table.chart!.summary);
      for (const label of new Set(svgTexts(chartSvg(table))))
        expect(count(withCharts, label), label).toBeGreaterThan(count(tablesOnly, label));
    }
    expect(withCharts).toContain('1 bill from 2027-01-10 to 2027-03-20, with 2 engagements and 1 hearing on them.');
    expect(withCharts).toContain('3 engagements over 3 months; the busiest was 2027-01 (1).');
  }, 90_000);

  it('is worded in Spanish, and carries no word of the story that no excerpt quotes, in either language', async () => {
    for (const language of ['es', 'en'] as const) {
      const { reports, options } = await prepared(language);
      const pdf = await reports.render(options);
      const text = flat(pdf).toLowerCase();
      if (language === 'es') {
        expect(text).toContain('cronología de los proyectos de ley');
        expect(text).toContain('contactos por mes, por tipo');
      }
      for (const word of STORY.match(/\p{L}+/gu)!) {
        expect(text).not.toContain(word.toLowerCase());
        expect(pdf.toString('latin1').toLowerCase()).not.toContain(word.toLowerCase());
      }
    }
  }, 90_000);
});
