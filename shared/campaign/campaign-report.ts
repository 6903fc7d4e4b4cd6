import type { DocumentLanguage } from '../core/export-formats';
import type { Block, ExportDocument, InlineRun, Paper } from '../export/export-document';
import type { CampaignEdit } from './campaign-data';
import { signedInOrder } from './coalition';
import { askResults, followUpTally, testimoniesPerHearing } from './dashboard';
import { COUNT_TABLE_LABELS } from './report-count-labels';
import { grainFor, groupByPeriod, MAX_BARS } from './period-grouping';
import { REPORT_CHART_LABELS } from './report-chart-labels';
import { perMonthTable, timelineTable } from './report-dated-charts';
import { REPORT_LABELS } from './report-labels';

/*
 * The campaign report's document model: the ask, the message box, each bill's timeline, the
 * coalition that signed (in its order), counts, what changed, and quoted excerpts. Every line of
 * the campaign's own text passes `release` (the release gate; see electron/campaigns/report-gate.ts)
 * before it is placed. What a report never holds, whatever is entered: engagement notes (what was
 * asked, promised, who spoke), partner contacts, debriefs, follow-up texts, sharing-history or
 * testimony references. Story words appear only as the quotes given, each already released under
 * its writer's consent.
 */

/** One excerpt as released under its writer's consent, with its credit line ("— M. R."). */
export interface ReportQuote {
  number: number;
  excerptId: string;
  blocks: Block[];
  credit: string;
}

export interface CampaignReportInput {
  campaign: CampaignEdit;
  language: DocumentLanguage;
  paper: Paper;
  /** The person's day, for "as of" and the follow-up counts. */
  today: string;
  /** The release gate for one line of the campaign's own text. */
  release: (text: string) => string;
  quotes: readonly ReportQuote[];
}

const run = (text: string): InlineRun => ({ text });
const para = (text: string): Block => ({ type: 'paragraph', runs: [run(text)] });
const heading = (level: 1 | 2, text: string): Block => ({ type: 'heading', level, runs: [run(text)] });
const list = (lines: readonly string[], ordered = false): Block => ({
  type: 'list',
  ordered,
  items: lines.map((l) => [para(l)]),
});

export function buildCampaignReport(input: CampaignReportInput): ExportDocument {
  const { campaign: c, release, today } = input;
  const L = REPORT_LABELS[input.language];
  const blocks: Block[] = [];
  const add = (...b: Block[]) => blocks.push(...b);

  add(heading(1, L.theAsk), para(release(c.policyAsk)));

  if (c.asks.length > 0) {
    const standings = askResults(c);
    add(
      heading(1, L.messageBox),
      list(
        c.asks.map((a, i) => {
          const reason = a.reason.trim() ? ` — ${release(a.reason)}` : '';
          return `${release(a.text)}${reason} (${L.standing[standings[i]!.standing]})`;
        }),
        true,
      ),
    );
  }

  if (c.bills.length > 0) {
    add(heading(1, L.bills));
    for (const b of c.bills) {
      add(heading(2, [release(b.number), release(b.title)].filter((t) => t.trim()).join(' — ')));
      if (b.sponsor.trim()) add(para(`${L.sponsor}: ${release(b.sponsor)}`));
      if (b.steps.length === 0) add(para(L.noSteps));
      else
        add(
          list(
            b.steps.map((s) => {
              const amendments = s.amendments.length
                ? ` — ${L.amendments}: ${s.amendments
                    .map((a) => `${release(a.label)}${a.adopted ? ` (${L.adopted})` : ''}`)
                    .join('; ')}`
                : '';
              return `${s.date} — ${L.steps[s.kind]}${amendments}`;
            }),
          ),
        );
    }
  }

  const timeline = timelineTable(c, input.language, release);
  if (timeline) add(timeline);

  add(heading(1, L.coalition));
  const signed = signedInOrder(c.partners, input.language);
  if (signed.length === 0) add(para(L.noSignatures));
  else
    add(
      list(
        signed.map((p) => `${release(p.name)} (${L.sectors[p.sector]})`),
        true,
      ),
    );

  add(heading(1, L.counts), ...countBlocks(c, today, input.language, release));

  if (c.outcomes.length > 0) {
    const askText = new Map(c.asks.map((a) => [a.id, a.text]));
    const billNumber = new Map(c.bills.map((b) => [b.id, b.number]));
    const amendmentLabel = new Map(
      c.bills.flatMap((b) => b.steps.flatMap((s) => s.amendments.map((a) => [a.id, a.label]))),
    );
    const ordered = [...c.outcomes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    add(
      heading(1, L.outcomes),
      list(
        ordered.map((o) => {
          const parts = [`${o.date} — ${L.results[o.result]}`];
          if (o.billId && billNumber.has(o.billId)) parts.push(release(billNumber.get(o.billId)!));
          if (o.askId && askText.has(o.askId)) parts.push(release(askText.get(o.askId)!));
          if (o.votes) parts.push(L.votes(o.votes.yes, o.votes.no, o.votes.abstain));
          const adopted = o.amendmentIds.flatMap((id) =>
            amendmentLabel.has(id) ? [release(amendmentLabel.get(id)!)] : [],
          );
          if (adopted.length) parts.push(`${L.amendments} (${L.adopted}): ${adopted.join(', ')}`);
          if (o.note.trim()) parts.push(release(o.note));
          return parts.join(' — ');
        }),
      ),
    );
  }

  if (input.quotes.length > 0) {
    add(heading(1, L.inTheirWords));
    for (const q of input.quotes)
      add({
        type: 'blockquote',
        blocks: [...q.blocks, { type: 'paragraph', runs: [{ text: q.credit, italic: true }] }],
      });
  }

  const where = [L.jurisdictions[c.jurisdiction], release(c.jurisdictionName)].filter((t) => t.trim()).join(' — ');
  return {
    language: input.language,
    title: release(c.title).trim() || L.report,
    byline: null,
    headingBlock: [L.report, where, today].filter((t) => t.trim()),
    blocks,
    paper: input.paper,
  };
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A count table drawn as bars, with its one-sentence summary (docs/campaigns.md). A longer table
 * keeps its summary and its table, without a picture (testimonies per hearing, the one count that
 * can grow that long, is drawn grouped instead: `testimonyBlocks`).
 */
const chartTable = (
  caption: string,
  header: string[],
  rows: string[][],
  valueColumn: number,
  summary: string,
): Block[] =>
  rows.length > MAX_BARS
    ? [para(summary), { type: 'table', caption, header, rows }]
    : [{ type: 'table', caption, header, rows, chart: { kind: 'bars', valueColumn, summary } }];

/**
 * The counts, each as a table (header row, one row per year, month, state or hearing) that the
 * PDF and the DOCX also draw as a chart, with a one-sentence summary: the numbers are never only a
 * picture.
 */
function countBlocks(
  c: CampaignEdit,
  today: string,
  language: DocumentLanguage,
  release: (t: string) => string,
): Block[] {
  const L = REPORT_LABELS[language];
  const T = COUNT_TABLE_LABELS[language];
  const out: Block[] = [];
  const years = new Map<string, Map<string, number>>();
  for (const e of c.engagements) {
    const year = e.date.slice(0, 4);
    const row = years.get(year) ?? new Map<string, number>();
    row.set(e.kind, (row.get(e.kind) ?? 0) + 1);
    years.set(year, row);
  }
  if (years.size > 0) {
    const kinds = (Object.keys(L.kinds) as (keyof typeof L.kinds)[]).filter((k) =>
      [...years.values()].some((row) => row.has(k)),
    );
    const rows = [...years.keys()].sort().map((year) => {
      const row = years.get(year)!;
      const total = [...row.values()].reduce((a, b) => a + b, 0);
      return { year, total, cells: [year, ...kinds.map((k) => String(row.get(k) ?? 0)), String(total)] };
    });
    const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a));
    const total = rows.reduce((a, r) => a + r.total, 0);
    out.push(
      ...chartTable(
        L.engagementsByYear,
        [T.year, ...kinds.map((k) => L.kinds[k]), L.total],
        rows.map((r) => r.cells),
        kinds.length + 1,
        T.engagementsSummary(total, busiest.year, busiest.total),
      ),
    );
  }
  const perMonth = perMonthTable(c, language);
  if (perMonth) out.push(perMonth);
  const t = followUpTally(c, today);
  const followUps = t.onTime + t.late + t.open + t.overdue;
  if (followUps > 0)
    out.push(
      ...chartTable(
        L.followUps,
        [L.followUps, T.number],
        [
          [cap(L.onTime), String(t.onTime)],
          [cap(L.late), String(t.late)],
          [cap(L.open), String(t.open)],
          [cap(L.overdue), String(t.overdue)],
        ],
        1,
        T.followUpsSummary(t.onTime, followUps, t.overdue),
      ),
    );
  if (c.asks.length > 0) {
    const results = askResults(c);
    const count = (s: string) => results.filter((r) => r.standing === s).length;
    out.push(
      ...chartTable(
        L.asks,
        [L.asks, T.number],
        (['won', 'partly', 'lost', 'open'] as const).map((s) => [cap(L.standing[s]), String(count(s))]),
        1,
        T.asksSummary(count('won'), count('partly'), count('lost'), results.length),
      ),
    );
  }
  out.push(...testimonyBlocks(c, language, release));
  return out;
}

/**
 * Testimonies per hearing as bars. With more hearings than a picture holds, the picture and its
 * table show them summed per month, quarter or year (by the hearing's date), and the table of
 * every hearing follows without a picture, so no hearing is lost from the report.
 */
function testimonyBlocks(
  c: Pick<CampaignEdit, 'engagements'>,
  language: DocumentLanguage,
  release: (t: string) => string,
): Block[] {
  const L = REPORT_LABELS[language];
  const T = COUNT_TABLE_LABELS[language];
  const C = REPORT_CHART_LABELS[language];
  const hearings = testimoniesPerHearing(c);
  if (hearings.length === 0) return [];
  const total = hearings.reduce((a, h) => a + h.testimonies, 0);
  const each = hearings.map((h) => [`${h.date} — ${release(h.label)}`, String(h.testimonies)]);
  if (hearings.length <= MAX_BARS)
    return chartTable(
      L.testimoniesPerHearing,
      [T.hearing, T.testimonies],
      each,
      1,
      T.testimoniesSummary(total, hearings.length),
    );
  const grain = grainFor(hearings[0]!.date, hearings[hearings.length - 1]!.date);
  const periods = groupByPeriod(
    hearings.map((h) => ({ date: h.date, counts: [h.testimonies] })),
    grain,
  );
  return [
    ...chartTable(
      C.testimoniesPerPeriod(grain, hearings.length),
      [C.period[grain], T.testimonies],
      periods.map((p) => [C.periodLabel(p.period), String(p.counts[0])]),
      1,
      C.testimoniesPerPeriodSummary(grain, total, hearings.length, periods.length),
    ),
    { type: 'table', caption: C.testimoniesEachHearing, header: [T.hearing, T.testimonies], rows: each },
  ];
}
