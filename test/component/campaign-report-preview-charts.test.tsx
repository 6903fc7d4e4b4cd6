import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCampaignReport } from '../../shared/campaign';
import type { Engagement } from '../../shared/campaign/campaign-data';
import { addDays } from '../../shared/campaign/day-math';
import type { CampaignReportPreview } from '../../shared/campaign/campaign-views';
import type { TableBlock } from '../../shared/export/export-document';
import { chartBars, chartStacks } from '../../shared/export/table-chart-svg';
import { ok } from '../../shared/ipc/result';
import { ReportExportPage } from '../../renderer/src/features/campaigns/ReportExportPage';
import { campaignOf, meetingOf, stepOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

/** Three years of meetings and hearings on one bill: long enough for quarters. */
const engagements: Engagement[] = Array.from({ length: 60 }, (_, i) =>
  meetingOf({
    id: `eng-${String(i).padStart(4, '0')}`,
    kind: i % 6 === 5 ? 'hearing' : i % 2 ? 'call' : 'meeting',
    date: addDays('2024-01-05', i * 22),
    billIds: ['bill-0001'],
    hearing:
      i % 6 === 5
        ? {
            billId: 'bill-0001',
            committee: `Judiciary ${i}`,
            testimonyIds: [],
            writtenTestimonyDue: null,
            signUpToSpeakBy: null,
          }
        : null,
  }),
);
const campaign = campaignOf({
  bills: [
    {
      id: 'bill-0001',
      number: 'SB 12',
      title: 'Vacatur',
      sponsor: '',
      steps: [stepOf('st-0001', 'introduced', '2024-01-10'), stepOf('st-0002', 'hearing', '2024-06-01')],
    },
  ],
  asks: [{ id: 'ask-0001', text: 'Pass SB 12', reason: '' }],
  engagements,
});
const document = buildCampaignReport({
  campaign,
  language: 'en',
  paper: 'letter',
  today: '2027-06-01',
  release: (t) => t,
  quotes: [],
});
const preview: CampaignReportPreview = { refusals: [], quotes: [], document, suggestedFileName: 'report.docx' };
const charts = document.blocks.filter((b): b is TableBlock => b.type === 'table' && b.chart !== undefined);

describe('the campaign report preview', () => {
  it('shows every chart the file holds, drawn from the file’s own table, with its sentence and its numbers', async () => {
    installHarbor({ 'share:list': () => ok([]), 'campaign:report-preview': () => ok(preview) });
    render(<ReportExportPage campaign={campaign} save={() => Promise.resolve(null)} onBack={() => undefined} />);
    fireEvent.click(await screen.findByText('Show the whole report as it will be saved'));
    const figures = [...window.document.querySelectorAll<HTMLElement>('figure.chart')];
    expect(figures).toHaveLength(charts.length);
    expect(charts.map((c) => c.chart!.kind).sort()).toEqual(['bars', 'bars', 'bars', 'stacked', 'timeline']);
    for (const table of charts) {
      // Found by its title (aria-labelledby) without a role query over the whole report, which is slow.
      const figure = figures.find((f) => f.querySelector('.chart__title')?.textContent === table.caption)!;
      expect(figure).toBeDefined();
      // The picture is named by the file's summary sentence.
      expect(within(figure).getByRole('img', { name: table.chart!.summary })).toBeTruthy();
      if (table.chart!.kind === 'bars')
        expect([...figure.querySelectorAll<SVGElement>('[data-bar]')].map((b) => Number(b.dataset.value))).toEqual(
          chartBars(table).map((b) => b.value),
        );
      if (table.chart!.kind === 'stacked')
        expect([...figure.querySelectorAll<SVGElement>('[data-month]')].map((m) => m.dataset.month)).toEqual(
          chartStacks(table).columns.map((c) => c.label),
        );
      fireEvent.click(within(figure).getByText('Show the numbers as a table'));
      const rows = within(figure)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
      expect(rows).toEqual(table.rows);
    }
    // Past forty months the file groups by quarter, and so does its preview.
    expect(charts.map((c) => c.caption.replace(/\(\d+ months/, '(N months'))).toContain(
      'Engagements per quarter, by kind (N months grouped into quarters)',
    );
  });

  it('the outline a screen reader lists: each chart title one level below the report section it sits in, no level skipped', async () => {
    installHarbor({ 'share:list': () => ok([]), 'campaign:report-preview': () => ok(preview) });
    render(<ReportExportPage campaign={campaign} save={() => Promise.resolve(null)} onBack={() => undefined} />);
    fireEvent.click(await screen.findByText('Show the whole report as it will be saved'));
    const headings = [...window.document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((h) => ({
      level: Number(h.tagName.slice(1)),
      text: h.textContent ?? '',
      chart: h.classList.contains('chart__title'),
    }));
    expect(headings[0]!.level).toBe(1);
    // axe's heading-order: a heading is at most one level deeper than the one before it.
    headings.forEach((h, i) => {
      if (i > 0)
        expect(h.level, `${h.text} after ${headings[i - 1]!.text}`).toBeLessThanOrEqual(headings[i - 1]!.level + 1);
    });
    // The report's own sections (its level-1 headings), as the file holds them.
    const sections = new Set(
      document.blocks.flatMap((b) =>
        b.type === 'heading' && b.level === 1 ? [b.runs.map((r) => r.text).join('')] : [],
      ),
    );
    const titles = headings.filter((h) => h.chart);
    expect(titles).toHaveLength(charts.length);
    for (const title of titles) {
      const section = headings
        .slice(0, headings.indexOf(title))
        .reverse()
        .find((h) => !h.chart && sections.has(h.text))!;
      expect(title.level, `${title.text} in ${section.text}`).toBe(section.level + 1);
    }
  });
});
