import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/campaign-data';
import type { CampaignReportPreview } from '../../shared/campaign/campaign-views';
import type { ExportDocument } from '../../shared/export/export-document';
import { ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { ReportExportPage } from '../../renderer/src/features/campaigns/ReportExportPage';
import { installHarbor } from './harbor-stub';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const campaign: Campaign = {
  id: 'camp-0001',
  revision: 1,
  title: 'Clear records',
  policyAsk: 'Vacate convictions.',
  jurisdiction: 'us-state',
  jurisdictionName: '',
  chambers: [],
  language: 'en',
  bills: [],
  asks: [],
  partners: [],
  engagements: [],
  outcomes: [],
  excerpts: [
    { kind: 'story', id: 'exc-0001', storyId: 'story-0001', grantId: 'grant-0001', blocks: [0] },
    { kind: 'shared', id: 'exc-0002', sharedStoryId: 'shared-0001', blocks: [1] },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  trashedAt: null,
};

const doc = (format: string): ExportDocument => ({
  language: 'en',
  title: 'Clear records',
  byline: null,
  paper: 'letter',
  blocks: [
    { type: 'heading', level: 1, runs: [{ text: 'The ask' }] },
    { type: 'paragraph', runs: [{ text: `Vacate convictions (${format}).` }] },
    { type: 'heading', level: 1, runs: [{ text: 'In their words' }] },
    { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'I was not free to leave.' }] }] },
  ],
});

const previewOf = (format: 'docx' | 'pdf' = 'docx', refused: boolean): CampaignReportPreview => ({
  refusals: refused
    ? [
        {
          number: 2,
          excerptId: 'exc-0002',
          refusal: { code: 'excerpt-not-allowed', message: { key: 'campaign.sharedExcerptNotInReports' } },
        },
      ]
    : [],
  document: doc(format),
  suggestedFileName: `campaign-report-2027-02-01.${format}`,
});

describe('campaign report export', () => {
  it('names a refused excerpt with what to do, and offers no save while it refuses', async () => {
    installHarbor({ 'campaign:report-preview': (r) => ok(previewOf(r.format, true)) });
    render(<ReportExportPage campaign={campaign} onBack={() => undefined} />);
    const excerpts = await screen.findByRole('list', { name: 'Quoted excerpts and what each consent says' });
    const items = within(excerpts).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe('Excerpt 1: its consent allows quoting it in this report.');
    expect(items[1]!.textContent).toContain('Excerpt 2 cannot be quoted: A story shared with you cannot be quoted');
    expect(screen.getByRole('alert').textContent).toContain('1 excerpt stops the report.');
    expect(screen.getByRole('alert').textContent).toContain('take the excerpt out of the campaign');
    const sections = screen.getByRole('list', { name: 'Sections of the report' });
    expect(
      within(sections)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['The ask', 'In their words']);
    expect(
      (screen.getByRole('button', { name: 'Choose where to save the report' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('saves with the chosen format, paper and file name, and says where it went', async () => {
    const harbor = installHarbor({
      'campaign:report-preview': (r) => ok(previewOf(r.format, false)),
      'campaign:report': (r) => ok({ status: 'saved', value: { fileName: r.fileName } }),
    });
    render(<ReportExportPage campaign={{ ...campaign, excerpts: [campaign.excerpts[0]!] }} onBack={() => undefined} />);
    await screen.findByText('Vacate convictions (docx).');
    fireEvent.click(screen.getByRole('radio', { name: 'PDF' }));
    fireEvent.click(screen.getByRole('radio', { name: 'A4' }));
    await screen.findByText('Vacate convictions (pdf).');
    const name = screen.getByLabelText('File name') as HTMLInputElement;
    expect(name.value).toBe('campaign-report-2027-02-01.pdf');
    fireEvent.change(name, { target: { value: 'for-funders.pdf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose where to save the report' }));
    await screen.findByText('Saved as for-funders.pdf in the folder you chose.');
    expect(harbor.callsTo('campaign:report')).toEqual([
      { id: 'camp-0001', format: 'pdf', paper: 'a4', language: 'en', fileName: 'for-funders.pdf' },
    ]);
    expect(harbor.callsTo('campaign:report-preview')).toContainEqual(
      expect.objectContaining({ format: 'pdf', paper: 'a4' }),
    );
  });

  it('reads in Spanish', async () => {
    setLanguage('es');
    installHarbor({ 'campaign:report-preview': (r) => ok(previewOf(r.format, true)) });
    render(<ReportExportPage campaign={campaign} onBack={() => undefined} />);
    await screen.findByText('1 extracto impide hacer el informe.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Elige dónde guardar el informe' })).toBeTruthy());
  });
});
