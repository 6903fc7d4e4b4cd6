/**
 * A five-year campaign (2,000 engagements, 20 bills, 60 partners, 6,000 follow-ups): its report
 * exported to DOCX (charts rasterised) and to PDF (warm browser) through the gate (target under
 * 2 s each), and the dashboard's numbers (the pure part of the dashboard the screens draw).
 */
import { createCampaignReports, createCampaignService } from '../../electron/campaigns';
import { createProfileStore } from '../../electron/consent/profile-store';
import { createChromiumPrinter } from '../../electron/export/chromium-printer';
import { createStoryService } from '../../electron/stories/index';
import { addDays, campaignDashboard, type CampaignEditInput } from '../../shared/campaign';
import { FakeVault } from '../support/fake-vault';
import { median, ms, type BenchRow } from './bench-row';
import { benchStory } from './bench-story';

const RUNS = 5;
const KINDS = ['meeting', 'call', 'email', 'hearing', 'site-visit'] as const;
const STEPS = ['introduced', 'referred', 'hearing', 'committee-vote', 'floor-vote', 'other-chamber'] as const;

export function fiveYearCampaign(): CampaignEditInput {
  const start = '2022-01-03';
  const bills = Array.from({ length: 20 }, (_, b) => ({
    id: `bill-${b}`,
    number: `SB ${100 + b}`,
    title: `Survivor relief act part ${b}`,
    sponsor: `Sen. Sponsor ${b}`,
    steps: STEPS.map((kind, s) => ({
      id: `st-${b}-${s}`,
      kind,
      date: addDays(start, b * 80 + s * 12),
      amendments: s === 3 ? [{ id: `am-${b}`, label: `Amendment ${b}`, adopted: b % 2 === 0 }] : [],
    })),
  }));
  const engagements = Array.from({ length: 2000 }, (_, i) => {
    const date = addDays(start, Math.floor((i * 1825) / 2000));
    const kind = KINDS[i % KINDS.length]!;
    return {
      id: `eng-${i}`,
      kind,
      office: `Office ${i % 120}`,
      role: 'legislative director',
      date,
      asked: `Asked about bill ${i % 20} and the vacatur provisions, again.`,
      promised: 'Will review and call back.',
      askIds: ['ask-1'],
      billIds: [`bill-${i % 20}`],
      followUps: [0, 1, 2].map((f) => ({
        id: `fu-${i}-${f}`,
        text: `Follow-up ${f} on engagement ${i}`,
        due: addDays(date, 7 * (f + 1)),
        doneOn: i % 4 === 0 ? null : addDays(date, 7 * (f + 1) + (i % 3) - 1),
      })),
      hearing:
        kind === 'hearing' ? { billId: `bill-${i % 20}`, committee: `Committee ${i % 7}`, testimonyIds: [] } : null,
    };
  });
  return {
    title: 'Five years of vacatur',
    policyAsk: 'Let survivors clear records of crimes they were forced to commit.',
    jurisdiction: 'us-state',
    jurisdictionName: 'Ohio',
    asks: [
      { id: 'ask-1', text: 'Pass the vacatur bill', reason: 'Records block jobs and housing.' },
      { id: 'ask-2', text: 'Fund legal aid', reason: 'Relief needs a lawyer.' },
    ],
    bills,
    partners: Array.from({ length: 60 }, (_, p) => ({
      id: `ptr-${p}`,
      name: `Partner organization ${p}`,
      sector: 'service-provider' as const,
      signOn: p % 3 === 0 ? ('declined' as const) : ('signed' as const),
      signOrder: p % 3 === 0 ? null : p + 1,
    })),
    engagements,
    outcomes: bills.map((b, i) => ({
      id: `out-${i}`,
      date: addDays(start, i * 80 + 70),
      askId: 'ask-1',
      billId: b.id,
      result: (['won', 'partly', 'lost'] as const)[i % 3]!,
      votes: { yes: 7, no: 3, abstain: 0 },
    })),
  };
}

export async function benchCampaign(): Promise<BenchRow[]> {
  const vault = new FakeVault();
  const clock = () => new Date('2027-01-10T12:00:00Z');
  await createProfileStore(vault).set({ fullName: 'Quirina Vantongeren' });
  // Twenty stories with their marked details: the gate withholds all of them from campaign text.
  const stories = createStoryService(vault, { now: clock });
  for (let i = 0; i < 20; i += 1) await stories.create({ title: `Story ${i}`, doc: benchStory(800, i).doc });
  const c = await createCampaignService(vault, { now: clock }).create(fiveYearCampaign());
  const reports = createCampaignReports({ vault, clock });
  const options = { id: c.id, format: 'docx' as const, language: 'en' as const, paper: 'letter' as const };

  const exports: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    size = (await reports.render(options)).length;
    exports.push(performance.now() - t0);
  }
  // The first DOCX of a process is cold (JIT, gate, the chart rasteriser compiled): the CLI's case.
  const firstDocx = exports[0]!;

  const printer = await createChromiumPrinter();
  const pdfs: number[] = [];
  let pdfSize = 0;
  try {
    const pdfReports = createCampaignReports({ vault, clock, printer });
    const pdfOptions = { ...options, format: 'pdf' as const };
    await pdfReports.render(pdfOptions); // warm-up: fonts, first layout
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      pdfSize = (await pdfReports.render(pdfOptions)).length;
      pdfs.push(performance.now() - t0);
    }
  } finally {
    await printer.close();
  }

  const dashboards: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    campaignDashboard(c, '2027-01-10');
    dashboards.push(performance.now() - t0);
  }
  return [
    {
      scenario: 'campaign report DOCX, 5 years (2,000 engagements, 20 bills), median',
      value: ms(median(exports)),
      target: `< 2000 ms (${(size / 1024).toFixed(0)} KiB)`,
    },
    {
      scenario: 'campaign report DOCX, 5 years, first in a process (cold: JIT, gate, rasteriser)',
      value: ms(firstDocx),
    },
    {
      scenario: 'campaign report PDF, 5 years (warm browser), median',
      value: ms(median(pdfs)),
      target: `< 2000 ms (${(pdfSize / 1024).toFixed(0)} KiB)`,
    },
    {
      scenario: 'campaign dashboard numbers, 5 years, median',
      value: ms(median(dashboards)),
      target: '< 200 ms (with render)',
    },
  ];
}
