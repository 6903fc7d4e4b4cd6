import { describe, expect, it } from 'vitest';
import { buildCampaignReport, signedInOrder, type ReportQuote } from '../../../shared/campaign';
import type { Block, ExportDocument } from '../../../shared/export/export-document';
import { tableTexts } from '../../../shared/export/table-block';
import { campaign, engagement } from './campaign-fixture';

/** Every piece of text in a document model, one string per run or line. */
export function documentText(d: ExportDocument): string {
  const blockText = (b: Block): string[] => {
    if (b.type === 'paragraph' || b.type === 'heading') return [b.runs.map((r) => r.text).join('')];
    if (b.type === 'list') return b.items.flatMap((item) => item.flatMap(blockText));
    if (b.type === 'table') return tableTexts(b);
    return b.blocks.flatMap(blockText);
  };
  return [d.title ?? '', d.byline ?? '', ...(d.headingBlock ?? []), ...d.blocks.flatMap(blockText)].join('\n');
}

const full = campaign({
  title: 'Vacatur Now',
  policyAsk: 'Let survivors clear records of crimes they were forced to commit.',
  jurisdictionName: 'Ohio',
  asks: [
    { id: 'ask-1', text: 'Pass SB 12', reason: 'Records block jobs and housing.' },
    { id: 'ask-2', text: 'Fund legal aid', reason: 'Relief needs a lawyer.' },
  ],
  bills: [
    {
      id: 'bill-1',
      number: 'SB 12',
      title: 'Survivor Record Relief',
      sponsor: 'Sen. Okafor',
      steps: [
        { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
        {
          id: 'st-2',
          kind: 'committee-vote',
          date: '2027-02-20',
          amendments: [{ id: 'am-1', label: 'AM 2', adopted: true }],
        },
        { id: 'st-3', kind: 'signed', date: '2027-05-01' },
      ],
    },
  ],
  partners: [
    { id: 'ptr-b', name: 'Beacon Shelter', sector: 'service-provider', signOn: 'signed', signOrder: 2 },
    { id: 'ptr-a', name: 'Abbey Church', sector: 'faith', signOn: 'signed', signOrder: 1 },
    { id: 'ptr-z', name: 'Zed Corp', sector: 'business', signOn: 'signed' },
    { id: 'ptr-c', name: 'Cobalt Bank', sector: 'business', signOn: 'declined', signOrder: 3 },
  ],
  engagements: [
    engagement({ date: '2026-11-02', asked: 'Private: asked about her case', promised: 'will call back' }),
    engagement({
      kind: 'hearing',
      date: '2027-02-03',
      speakers: ['A survivor leader'],
      hearing: { committee: 'Judiciary', testimonyIds: ['testimony-1', 'testimony-2'] },
      debrief: { recordedOn: '2027-02-04', howItWent: 'Hard but worth it' },
      followUps: [{ id: 'fu-1', text: 'Send thanks to the chair', due: '2027-02-10', doneOn: '2027-02-09' }],
    }),
  ],
  outcomes: [
    {
      id: 'out-1',
      date: '2027-02-20',
      askId: 'ask-1',
      billId: 'bill-1',
      result: 'won',
      votes: { yes: 7, no: 2 },
      amendmentIds: ['am-1'],
    },
  ],
});

const build = (quotes: ReportQuote[] = [], release = (t: string) => t, language: 'en' | 'es' = 'en') =>
  buildCampaignReport({ campaign: full, language, paper: 'letter', today: '2027-06-01', release, quotes });

describe('the campaign report document', () => {
  it('holds the ask, the message box, the bill timeline, the signed coalition in order, counts and outcomes', () => {
    const text = documentText(build());
    expect(text).toContain('Let survivors clear records');
    expect(text).toContain('Pass SB 12 — Records block jobs and housing. (won)');
    expect(text).toContain('Fund legal aid — Relief needs a lawyer. (open)');
    expect(text).toContain('2027-02-20 — Committee vote — Amendments: AM 2 (adopted)');
    expect(text).toContain('2027-05-01 — Signed into law');
    expect(text).toContain('2027-02-20 — Won — SB 12 — Pass SB 12 — 7 yes, 2 no — Amendments (adopted): AM 2');
    const coalition = text.slice(text.indexOf('Coalition'), text.indexOf('In numbers'));
    expect(coalition.split('\n').slice(1, -1)).toEqual([
      'Abbey Church (faith)',
      'Beacon Shelter (service provider)',
      'Zed Corp (business)',
    ]);
  });

  it('prints each count as a table with a header row, drawn as bars with a one-sentence summary', () => {
    // The two dated charts (timeline, per month) are checked in campaign-report-dated-charts.test.ts.
    const tables = build()
      .blocks.filter((b) => b.type === 'table')
      .filter((t) => t.chart?.kind !== 'timeline' && t.chart?.kind !== 'stacked');
    expect(tables.map((t) => [t.caption, t.header, t.rows, t.chart])).toEqual([
      [
        'Engagements with lawmakers, by year',
        ['Year', 'Meetings', 'Hearings', 'Total'],
        [
          ['2026', '1', '0', '1'],
          ['2027', '0', '1', '1'],
        ],
        { kind: 'bars', valueColumn: 3, summary: '2 engagements in all; the most in 2026 (1).' },
      ],
      [
        'Follow-ups',
        ['Follow-ups', 'Number'],
        [
          ['Done on time', '1'],
          ['Done late', '0'],
          ['Open', expect.any(String)],
          ['Overdue', expect.any(String)],
        ],
        {
          kind: 'bars',
          valueColumn: 1,
          summary: expect.stringMatching(/^1 of \d+ follow-ups done on time; \d+ overdue\.$/),
        },
      ],
      [
        'Asks',
        ['Asks', 'Number'],
        [
          ['Won', '1'],
          ['Partly won', '0'],
          ['Lost', '0'],
          ['Open', '1'],
        ],
        { kind: 'bars', valueColumn: 1, summary: 'Of 2 asks: 1 won, 0 partly won, 0 lost.' },
      ],
      [
        'Testimonies submitted per hearing',
        ['Hearing', 'Testimonies'],
        [['2027-02-03 — Judiciary', '2']],
        { kind: 'bars', valueColumn: 1, summary: '2 testimonies submitted for 1 hearing.' },
      ],
    ]);
  });

  it('never holds engagement notes, speakers, follow-up texts or a debrief, and no quote without one given', () => {
    const text = documentText(build());
    for (const secret of ['Private: asked', 'will call back', 'A survivor leader', 'Hard but worth it', 'Send thanks'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('In their words');
    expect(build().blocks.some((b) => b.type === 'blockquote')).toBe(false);
  });

  it('passes every line of the campaign’s own text through the release gate', () => {
    const seen: string[] = [];
    const d = build([], (t) => {
      seen.push(t);
      return 'X';
    });
    for (const typed of [
      'Vacatur Now',
      'Pass SB 12',
      'Records block jobs and housing.',
      'SB 12',
      'Survivor Record Relief',
      'Sen. Okafor',
      'AM 2',
      'Abbey Church',
      'Judiciary',
      'Ohio',
    ])
      expect(seen).toContain(typed);
    const text = documentText(d);
    for (const typed of ['Vacatur', 'Okafor', 'Abbey', 'Beacon', 'Judiciary', 'Ohio', 'Records block'])
      expect(text).not.toContain(typed);
  });

  it('quotes the excerpts given, each with its credit, under "In their words"', () => {
    const quote: ReportQuote = {
      number: 1,
      excerptId: 'ex-1',
      blocks: [{ type: 'paragraph', runs: [{ text: 'I could not rent a flat.' }] }],
      credit: '— M. R.',
    };
    const d = build([quote]);
    const last = d.blocks.at(-1)!;
    expect(last.type).toBe('blockquote');
    expect(documentText(d)).toContain('I could not rent a flat.\n— M. R.');
  });

  it('is worded in Spanish when asked', () => {
    const text = documentText(build([], (t) => t, 'es'));
    expect(text).toContain('Informe de la campaña');
    expect(text).toContain('Coalición');
    expect(text).toContain('Firmado como ley');
    expect(text).toContain('7 a favor, 2 en contra');
  });

  it('writes the app’s words into the report’s bill history', () => {
    const c = campaign({
      bills: [
        {
          id: 'bill-1',
          number: 'HB 4',
          title: 'Relief',
          sponsor: '',
          steps: [
            { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
            { id: 'st-2', kind: 'other-chamber', date: '2027-03-01' },
            { id: 'st-3', kind: 'signed', date: '2027-05-01' },
          ],
        },
      ],
    });
    const text = (language: 'en' | 'es') =>
      documentText(
        buildCampaignReport({
          campaign: c,
          language,
          paper: 'letter',
          today: '2027-06-01',
          release: (t) => t,
          quotes: [],
        }),
      );
    expect(text('en')).toContain('2027-03-01 — In the other chamber');
    expect(text('es')).toContain('2027-03-01 — En la otra cámara');
    expect(text('es')).toContain('2027-05-01 — Firmado como ley');
  });

  it('lists signed organizations numbered first, then the rest by name', () => {
    expect(signedInOrder(full.partners).map((p) => p.id)).toEqual(['ptr-a', 'ptr-b', 'ptr-z']);
  });
});
