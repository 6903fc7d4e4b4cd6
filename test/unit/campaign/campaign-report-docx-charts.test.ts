import { describe, expect, it } from 'vitest';
import { createCampaignReports, createCampaignService } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { pngChunkNames } from '../../../electron/export/scrub-png';
import { readZip } from '../../../electron/export/zip';
import { createStoryService } from '../../../electron/stories/index';
import type { TableBlock } from '../../../shared/export/export-document';
import { decodeEntities, docxParts } from '../../support/docx-inspect';
import { doc, para, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';
import { noPrinter } from '../../support/pipeline-fixtures';
import { engagement } from './campaign-fixture';

const NOW = new Date('2027-06-01T10:00:00Z');
/** Words no campaign text uses: any of them in a report came from the story. */
const STORY = [
  'Zephyrine quarrelled beneath Vellacourt orchards.',
  'Thimbleworth ledgers whispered Oxbridge marmalade.',
];
const storyWords = STORY.join(' ').match(/\p{L}+/gu)!;

async function reportFor(language: 'en' | 'es') {
  const vault = new FakeVault();
  const clock = () => NOW;
  await createProfileStore(vault).set({ fullName: 'Quirina Vantongeren' });
  await createStoryService(vault, { now: clock }).create({
    title: 'Mine',
    doc: doc(para(text(STORY[0]!)), para(text(STORY[1]!))),
  });
  const c = await createCampaignService(vault, { now: clock }).create({
    title: 'Vacatur Now',
    policyAsk: 'Clear records',
    jurisdiction: 'us-state',
    asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: 'Jobs' }],
    bills: [{ id: 'bill-1', number: 'SB 12', steps: [{ id: 'st-1', kind: 'introduced', date: '2027-01-10' }] }],
    engagements: [
      engagement({ date: '2027-01-12', billIds: ['bill-1'] }),
      engagement({
        kind: 'hearing',
        date: '2027-02-03',
        hearing: { billId: 'bill-1', committee: 'Judiciary', testimonyIds: [] },
        followUps: [{ id: 'fu-1', text: 'Thank the chair', due: '2027-02-10', doneOn: '2027-02-09' }],
      }),
    ],
  });
  const reports = createCampaignReports({ vault, clock, printer: noPrinter });
  const options = { id: c.id, format: 'docx' as const, language, paper: 'letter' as const };
  const prepared = await reports.prepare(options);
  const charts = prepared.document.blocks.filter((b): b is TableBlock => b.type === 'table' && !!b.chart);
  return { docx: await reports.render(options), charts };
}

describe('the campaign report as a Word file', () => {
  for (const language of ['en', 'es'] as const)
    it(`holds one picture per chart (${language}), named by the chart's summary, just above its table`, async () => {
      const { docx, charts } = await reportFor(language);
      expect(charts.map((c) => c.chart?.kind)).toEqual(['timeline', 'bars', 'stacked', 'bars', 'bars', 'bars']);
      const media = readZip(docx).filter((e) => e.name.startsWith('word/media/'));
      expect(media).toHaveLength(charts.length);
      for (const m of media) {
        expect(m.name).toMatch(/^word\/media\/image\d+\.png$/);
        expect(pngChunkNames(m.data).filter((n) => n !== 'IDAT')).toEqual(['IHDR', 'IEND']);
      }
      const xml = decodeEntities(docxParts(docx).get('word/document.xml')!);
      const drawings = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"[^>]*\/>/g)].map((m) => m[1]);
      expect(drawings).toEqual(charts.map((c) => c.chart!.summary));
      // Each picture is followed by its own table: the caption's table comes next, before any other picture.
      for (const chart of charts) {
        const at = xml.indexOf(`descr="${chart.chart!.summary}"`);
        const next = xml.slice(at, xml.indexOf('</w:tbl>', at));
        expect(next).toContain('<w:tbl>');
        expect(next).not.toContain('<wp:docPr');
        expect(next).toContain(chart.header[0]!);
      }
      const rels = docxParts(docx).get('word/_rels/document.xml.rels')!;
      for (const m of media) expect(rels).toContain(`Target="${m.name.slice('word/'.length)}"`);
      expect(docxParts(docx).get('[Content_Types].xml')).toContain(
        '<Default ContentType="image/png" Extension="png"/>',
      );
    });

  it('carries no metadata: neutral properties, and no text, time or software chunk in any picture', async () => {
    const { docx } = await reportFor('en');
    const parts = docxParts(docx);
    expect([...parts.keys()].filter((n) => !/^(word|docProps|_rels|\[Content_Types\])/.test(n))).toEqual([]);
    expect(parts.get('docProps/core.xml')).not.toMatch(/Quirina|<dc:creator>[^<]/);
    for (const entry of readZip(docx).filter((e) => e.name.endsWith('.png')))
      expect(entry.data.toString('latin1')).not.toMatch(/tEXt|zTXt|iTXt|tIME|eXIf|resvg/);
  });

  it('holds no word of a story when no excerpt is quoted, in any part', async () => {
    for (const language of ['en', 'es'] as const) {
      const { docx, charts } = await reportFor(language);
      const everything = [...docxParts(docx).values()].join('\n').toLowerCase();
      for (const word of storyWords) expect(everything).not.toContain(word.toLowerCase());
      // The pictures are pixels: what they draw is their SVG, built from the table cells only.
      const { chartSvg } = await import('../../../shared/export/table-chart-svg');
      const svgs = charts.map(chartSvg).join('\n').toLowerCase();
      for (const word of storyWords) expect(svgs).not.toContain(word.toLowerCase());
    }
  });
});
