import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Campaign, CampaignEdit } from '../../shared/campaign/campaign-data';
import type { CampaignReportPreview } from '../../shared/campaign/campaign-views';
import type { ExportDocument } from '../../shared/export/export-document';
import { ok } from '../../shared/ipc/result';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { ReportExportPage } from '../../renderer/src/features/campaigns/ReportExportPage';
import type { CampaignSave } from '../../renderer/src/features/campaigns/use-campaign';
import { campaignOf, useEnglishScreens } from './campaign-fixtures';
import { grantOf } from './consent-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

const campaign: Campaign = campaignOf({
  excerpts: [
    { kind: 'story', id: 'exc-0001', storyId: 'story-0001', grantId: 'grant-0001', blocks: [0] },
    { kind: 'shared', id: 'exc-0002', sharedStoryId: 'shared-0001', blocks: [1] },
  ],
});

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
  quotes: [
    {
      number: 1,
      excerptId: 'exc-0001',
      blocks: [{ type: 'paragraph', runs: [{ text: 'I was not free to leave [place].' }] }],
      credit: '— M. R.',
    },
  ],
  document: doc(format),
  suggestedFileName: `campaign-report-2027-02-01.${format}`,
});

const noSave: CampaignSave = () => Promise.resolve(null);
const lists = { 'share:list': () => ok([]) } as const;

describe('campaign report export', () => {
  it('names a refused excerpt with what to do, and offers no save while it refuses', async () => {
    installHarbor({ ...lists, 'campaign:report-preview': (r) => ok(previewOf(r.format, true)) });
    render(<ReportExportPage campaign={campaign} save={noSave} onBack={() => undefined} />);
    const excerpts = await screen.findByRole('list', { name: 'Quoted excerpts and what each consent says' });
    const items = within(excerpts).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Excerpt 1: its consent allows quoting it in this report.');
    // What leaves is the released text with its credit, as the report prints it.
    expect(items[0]!.textContent).toContain('I was not free to leave [place].');
    expect(items[0]!.textContent).toContain('— M. R.');
    expect(items[1]!.textContent).toContain('Excerpt 2 cannot be quoted: A story shared with you cannot be quoted');
    expect(items[1]!.textContent).not.toContain('I was not free');
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
      ...lists,
      'campaign:report-preview': (r) => ok(previewOf(r.format, false)),
      'campaign:report': (r) => ok({ status: 'saved', value: { fileName: r.fileName } }),
    });
    render(
      <ReportExportPage
        campaign={{ ...campaign, excerpts: [campaign.excerpts[0]!] }}
        save={noSave}
        onBack={() => undefined}
      />,
    );
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
    installHarbor({ ...lists, 'campaign:report-preview': (r) => ok(previewOf(r.format, true)) });
    render(<ReportExportPage campaign={campaign} save={noSave} onBack={() => undefined} />);
    await screen.findByText('1 extracto impide hacer el informe.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Elegir dónde guardar el informe' })).toBeTruthy());
  });
});

describe('choosing the report’s excerpts', () => {
  const story = {
    id: 'story-0001',
    title: 'What happened in Dayton',
    tags: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
    wordCount: 40,
    trashedAt: null,
    revision: 3,
  };
  const pdfOnly = grantOf('grant-0002', { sourceIds: ['story-0001'], formats: ['pdf'], purpose: 'a PDF leaflet' });
  const wide = grantOf('grant-0001', { sourceIds: ['story-0001'] });

  it('shows each paragraph as it would leave, refuses a forbidding consent with its reason, and adds the ticked ones', async () => {
    const edits: Partial<CampaignEdit>[] = [];
    const save: CampaignSave = (edit) => {
      edits.push(edit);
      return Promise.resolve(null);
    };
    const harbor = installHarbor({
      ...lists,
      'campaign:report-preview': (r) => ok({ ...previewOf(r.format, false), quotes: [] }),
      'story:list': () => ok([story]),
      'consent:list': () => ok([pdfOnly, wide]),
      'campaign:excerpt-candidate': (r) =>
        ok(
          r.source.kind === 'story' && r.source.grantId === 'grant-0002'
            ? {
                refusal: {
                  code: 'format-not-allowed',
                  message: { key: 'refusal.formatNotAllowed', params: { format: 'DOCX' } },
                },
                paragraphs: [],
                credit: null,
              }
            : {
                refusal: null,
                paragraphs: [
                  { index: 0, blocks: [{ type: 'paragraph', runs: [{ text: 'I worked at [place] for a year.' }] }] },
                  { index: 2, blocks: [{ type: 'paragraph', runs: [{ text: 'Nobody asked me my name.' }] }] },
                ],
                credit: '— M. R.',
              },
        ),
    });
    render(<ReportExportPage campaign={{ ...campaign, excerpts: [] }} save={save} onBack={() => undefined} />);
    await screen.findByRole('option', { name: 'What happened in Dayton' });
    fireEvent.change(screen.getByLabelText('Story'), { target: { value: 'story:story-0001' } });
    // The first consent (PDF only) refuses a Word report: its reason, and no words at all.
    const refusal = await screen.findByText('This excerpt cannot be quoted in the report.');
    expect(refusal.parentElement!.textContent).toMatch(/DOCX/);
    expect(screen.queryByText('I worked at [place] for a year.')).toBeNull();
    const add = screen.getByRole('button', { name: 'Add as excerpt 1' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Under which consent'), { target: { value: 'grant-0001' } });
    const second = await screen.findByRole('checkbox', { name: 'Nobody asked me my name.' });
    expect(screen.getByRole('checkbox', { name: 'I worked at [place] for a year.' })).toBeTruthy();
    expect(add.disabled).toBe(true);
    fireEvent.click(second);
    const leaves = screen.getByRole('region', { name: 'What will leave Harbor as excerpt 1' });
    expect(leaves.textContent).toBe('What will leave Harbor as excerpt 1Nobody asked me my name.— M. R.');
    fireEvent.click(add);
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.excerpts).toEqual([
      { kind: 'story', id: expect.any(String), storyId: 'story-0001', grantId: 'grant-0001', blocks: [2] },
    ]);
    expect(harbor.callsTo('campaign:excerpt-candidate')).toContainEqual({
      source: { kind: 'story', storyId: 'story-0001', grantId: 'grant-0001' },
      number: 1,
      format: 'docx',
      language: 'en',
    });
  });

  it('a story shared with you is refused with the reason, in Spanish too', async () => {
    setLanguage('es');
    installHarbor({
      'share:list': () =>
        ok([
          {
            id: 'shared-0001',
            packageId: 'pkg-00001',
            title: 'Lo que pasó',
            importedAt: '2026-01-01T00:00:00.000Z',
            createdAt: '2026-01-01T00:00:00.000Z',
            expiresOn: '2099-01-01',
            terms: {} as never,
            revokedAt: null,
            status: 'active',
            useCount: 0,
          },
        ]),
      'campaign:report-preview': (r) => ok({ ...previewOf(r.format, false), quotes: [] }),
      'campaign:excerpt-candidate': () =>
        ok({
          refusal: { code: 'excerpt-not-allowed', message: { key: 'campaign.sharedExcerptNotInReports' } },
          paragraphs: [],
          credit: null,
        }),
    });
    render(<ReportExportPage campaign={{ ...campaign, excerpts: [] }} save={noSave} onBack={() => undefined} />);
    await screen.findByRole('option', { name: 'Lo que pasó' });
    fireEvent.change(screen.getByLabelText('Relato'), { target: { value: 'shared:shared-0001' } });
    await screen.findByText('Este extracto no se puede citar en el informe.');
    expect(screen.getByText(/Un relato que compartieron contigo no se puede citar/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Añadir como extracto 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('excerpts are moved and taken out, keeping the others as they were', async () => {
    const edits: Partial<CampaignEdit>[] = [];
    const save: CampaignSave = (edit) => {
      edits.push(edit);
      return Promise.resolve(null);
    };
    installHarbor({ ...lists, 'campaign:report-preview': (r) => ok(previewOf(r.format, true)) });
    render(<ReportExportPage campaign={campaign} save={save} onBack={() => undefined} />);
    const [first, second] = campaign.excerpts;
    expect(((await screen.findByRole('button', { name: 'Move excerpt 1 up' })) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move excerpt 2 up' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.excerpts).toEqual([second, first]);
    // The buttons wait while a change is being saved: a click then would be lost, as it should be.
    const remove = screen.getByRole('button', { name: 'Remove excerpt 2 from the report' }) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(false));
    fireEvent.click(remove);
    await waitFor(() => expect(edits).toHaveLength(2));
    expect(edits[1]!.excerpts).toEqual([first]);
  });
});
