import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Bill, CampaignEdit, Hearing } from '../../shared/campaign/campaign-data';
import type { DueItem } from '../../shared/campaign/campaign-views';
import type { ExportRecordView } from '../../shared/ipc/contract-consent';
import { ok } from '../../shared/ipc/result';
import { AddStepForm } from '../../renderer/src/features/campaigns/AddStepForm';
import { CampaignAskPicker } from '../../renderer/src/features/campaigns/CampaignAskPicker';
import { SectionEditor } from '../../renderer/src/features/testimony/builder/SectionEditor';
import { builtInTemplate } from '../../shared/templates/builtin';
import { CoalitionSection } from '../../renderer/src/features/campaigns/CoalitionSection';
import { HearingFields } from '../../renderer/src/features/campaigns/HearingFields';
import { MessageBoxSection } from '../../renderer/src/features/campaigns/MessageBoxSection';
import { NewCampaignPage } from '../../renderer/src/features/campaigns/NewCampaignPage';
import { SharedEntriesField } from '../../renderer/src/features/campaigns/SharedEntriesField';
import { ThisWeekScreen } from '../../renderer/src/features/campaigns/ThisWeekScreen';
import { todayIso } from '../../renderer/src/ui/today';
import { campaignOf, meetingOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

describe('campaign forms', () => {
  it('starting a campaign sends what was typed and chosen, and cannot start without a name', async () => {
    const harbor = installHarbor({ 'campaign:create': () => ok(campaignOf()) });
    let created = '';
    render(<NewCampaignPage onCancel={() => undefined} onCreated={(id) => (created = id)} />);
    const start = screen.getByRole('button', { name: 'Start the campaign' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Name of the campaign'), { target: { value: 'Clear records' } });
    fireEvent.change(screen.getByLabelText('The policy ask, in one sentence'), {
      target: { value: 'Vacate convictions.' },
    });
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'uk' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'House of Lords' }));
    fireEvent.click(start);
    await waitFor(() => expect(created).toBe('camp-0001'));
    expect(harbor.callsTo('campaign:create')).toEqual([
      expect.objectContaining({
        title: 'Clear records',
        policyAsk: 'Vacate convictions.',
        jurisdiction: 'uk',
        chambers: ['lords'],
        language: 'en',
      }),
    ]);
  });

  it('after a veto, a bill may only be overridden or die; the step is saved with its amendment', async () => {
    installHarbor();
    const bill: Bill = {
      id: 'bill-0001',
      number: 'SB 12',
      title: '',
      sponsor: '',
      steps: [{ id: 'step-0001', kind: 'vetoed', date: '2026-03-01', chamber: null, note: '', amendments: [] }],
    };
    const saved: Bill[] = [];
    render(
      <AddStepForm
        bill={bill}
        onSave={async (b) => {
          saved.push(b);
          return null;
        }}
      />,
    );
    const form = screen.getByRole('form', { name: 'Next step for SB 12' });
    const kind = within(form).getByLabelText('Step');
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Veto overridden', 'Died']);
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-03-20' } });
    fireEvent.change(within(form).getByLabelText('Amendment (optional)'), { target: { value: 'HA 1' } });
    fireEvent.change(within(form).getByLabelText('Amendment decided?'), { target: { value: 'adopted' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the step' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const added = saved[0]!.steps[1]!;
    expect(added).toMatchObject({ kind: 'veto-override', date: '2026-03-20' });
    expect(added.amendments).toEqual([expect.objectContaining({ label: 'HA 1', adopted: true })]);
  });

  it('a partner that signs takes the next place in the coalition letter; one that declines leaves it', async () => {
    installHarbor();
    const edits: Partial<CampaignEdit>[] = [];
    const campaign = campaignOf({
      partners: [
        {
          id: 'p-0001',
          name: 'Shelter',
          sector: 'service-provider',
          contactRole: '',
          contact: '',
          signOn: 'signed',
          signOrder: 1,
        },
        {
          id: 'p-0002',
          name: 'Faith Alliance',
          sector: 'faith',
          contactRole: '',
          contact: '',
          signOn: 'asked',
          signOrder: null,
        },
      ],
    });
    render(
      <CoalitionSection
        campaign={campaign}
        save={async (edit) => {
          edits.push(edit);
          return null;
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Coalition letter: Faith Alliance'), { target: { value: 'signed' } });
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.partners!.find((p) => p.name === 'Faith Alliance')).toMatchObject({
      signOn: 'signed',
      signOrder: 2,
    });
    fireEvent.change(screen.getByLabelText('Coalition letter: Shelter'), { target: { value: 'declined' } });
    await waitFor(() => expect(edits).toHaveLength(2));
    expect(edits[1]!.partners!.find((p) => p.name === 'Shelter')).toMatchObject({
      signOn: 'declined',
      signOrder: null,
    });
  });

  it('documents shared are chosen by their share title and kept only as the entry’s id', async () => {
    const record: ExportRecordView = {
      id: 'rec-0001',
      at: '2026-02-01T10:00:00.000Z',
      grantId: 'grant-0001',
      audience: 'Judiciary Committee',
      audienceKind: 'legislature',
      format: 'pdf',
      fileName: 'testimony.pdf',
      sha256: 'ab'.repeat(32),
      sourceIds: ['story-0001'],
      title: 'What [name withheld] told me',
    };
    installHarbor({ 'history:list': () => ok([record]) });
    let chosen: string[] = [];
    render(<SharedEntriesField value={[]} onChange={(v) => (chosen = v)} />);
    const box = await screen.findByRole('checkbox', {
      name: /^What \[name withheld\] told me — to Judiciary Committee/,
    });
    fireEvent.click(box);
    expect(chosen).toEqual(['rec-0001']);
  });

  it('This week lists overdue first and marks a follow-up done today in its campaign', async () => {
    const today = todayIso();
    const item = (over: Partial<DueItem>): DueItem => ({
      campaignId: 'camp-0001',
      campaignTitle: 'Clear records',
      engagementId: 'e-0001',
      followUpId: 'f-0001',
      kind: 'follow-up',
      text: 'Send the fact sheet',
      due: today,
      state: 'this-week',
      days: 0,
      ...over,
    });
    let due: DueItem[] = [item({ followUpId: 'f-0002', text: 'Call the chair', state: 'overdue', days: -3 }), item({})];
    const campaign = campaignOf({
      engagements: [
        meetingOf({
          id: 'e-0001',
          office: 'Office',
          followUps: [
            { id: 'f-0001', text: 'Send the fact sheet', due: today, doneOn: null },
            { id: 'f-0002', text: 'Call the chair', due: today, doneOn: null },
          ],
        }),
      ],
    });
    const harbor = installHarbor({
      'campaign:due': () => ok(due),
      'campaign:get': () => ok(campaign),
      'campaign:save': () => {
        due = due.filter((d) => d.followUpId !== 'f-0002');
        return ok({ id: 'camp-0001', revision: 2, updatedAt: '2026-01-02T00:00:00.000Z' });
      },
    });
    render(<ThisWeekScreen onOpen={() => undefined} />);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Overdue', 'Due this week']);
    const overdue = screen.getByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByText(/3 days overdue/)).toBeTruthy();
    fireEvent.click(within(overdue).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Overdue' })).toBeNull());
    const [save] = harbor.callsTo('campaign:save') as { edit: Partial<CampaignEdit> }[];
    const followUps = save!.edit.engagements![0]!.followUps;
    expect(followUps.find((f) => f.id === 'f-0002')!.doneOn).toBe(today);
    expect(followUps.find((f) => f.id === 'f-0001')!.doneOn).toBeNull();
  });
});

describe('the message box', () => {
  it('keeps up to three asks, saves only the filled ones, and notes their readability as they are typed', async () => {
    installHarbor();
    const edits: Partial<CampaignEdit>[] = [];
    render(
      <MessageBoxSection
        campaign={campaignOf()}
        save={async (edit) => {
          edits.push(edit);
          return null;
        }}
      />,
    );
    expect(screen.getAllByLabelText('The ask')).toHaveLength(3);
    fireEvent.change(screen.getAllByLabelText('The ask')[0]!, { target: { value: 'Pass the bill now' } });
    fireEvent.change(screen.getAllByLabelText('Why, in one line')[0]!, { target: { value: 'Survivors need it now' } });
    // Two sentences of four words: a short, plain message.
    expect(screen.getByText(/^Readability: sentences average 4 words; US school grade level/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the message box' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.asks).toEqual([
      expect.objectContaining({ text: 'Pass the bill now', reason: 'Survivors need it now' }),
    ]);
  });
});

/** One campaign whose message box holds one ask. */
const withAsks = {
  'campaign:list': () =>
    ok([
      {
        id: 'camp-0001',
        title: 'Clear records',
        policyAsk: '',
        jurisdiction: 'us-state' as const,
        bills: 0,
        engagements: 0,
        openFollowUps: 0,
        updatedAt: '2026-01-01T00:00:00.000Z',
        trashedAt: null,
      },
    ]),
  'campaign:get': () =>
    ok(
      campaignOf({
        asks: [{ id: 'ask-0001', text: 'Pass SB 12 as written', reason: 'Survivors need relief now' }],
      }),
    ),
};

describe('the closing ask in a testimony', () => {
  it('offers each campaign’s asks and inserts the ask with its reason, word for word', async () => {
    installHarbor(withAsks);
    const inserted: string[] = [];
    render(<CampaignAskPicker onInsert={(text) => inserted.push(text)} />);
    const select = await screen.findByLabelText('Closing ask from a campaign (optional)');
    expect(within(select).getByRole('group', { name: 'Clear records' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'ask-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this ask to the section' }));
    expect(inserted).toEqual(['Pass SB 12 as written. Survivors need relief now.']);
  });

  it('is offered in a briefing’s key asks as in a testimony’s closing ask, and not in its other sections', async () => {
    installHarbor(withAsks);
    const briefing = builtInTemplate('briefing')!;
    const changed: string[] = [];
    const editor = (sectionId: string) => (
      <SectionEditor
        section={briefing.sections.find((s) => s.id === sectionId)!}
        content={{ text: 'Fund legal aid.', excerpts: [] }}
        budget={{ sectionId, measure: { words: 3, characters: 15, minutes: 0 }, check: null }}
        fromStoryId={null}
        shared={new Map()}
        language="en"
        onChange={(c) => changed.push(`${sectionId}: ${c.text}`)}
      />
    );
    render(
      <>
        {editor('issue')}
        {editor('recommendations')}
        {editor('why')}
      </>,
    );
    // Both sections load the same campaigns; only the key asks offer them.
    const pickers = await screen.findAllByLabelText('Closing ask from a campaign (optional)');
    expect(pickers).toHaveLength(1);
    fireEvent.change(pickers[0]!, { target: { value: 'ask-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this ask to the section' }));
    expect(changed).toEqual(['recommendations: Fund legal aid.\n\nPass SB 12 as written. Survivors need relief now.']);
  });

  it('a hearing’s committee, bill and deadlines are what was typed and chosen; a cleared deadline is none', () => {
    installHarbor({ 'testimony:list': () => ok([]) });
    const hearing: Hearing = {
      committee: '',
      billId: null,
      writtenTestimonyDue: null,
      signUpToSpeakBy: '2026-03-01',
      testimonyIds: [],
    };
    const changes: Hearing[] = [];
    const bills: Bill[] = [{ id: 'bill-0001', number: 'SB 12', title: '', sponsor: '', steps: [] }];
    render(<HearingFields value={hearing} bills={bills} onChange={(h) => changes.push(h)} />);
    fireEvent.change(screen.getByLabelText('Committee'), { target: { value: 'Judiciary' } });
    fireEvent.change(screen.getByLabelText('Bill'), { target: { value: 'bill-0001' } });
    fireEvent.change(screen.getByLabelText('Written testimony due (optional)'), { target: { value: '2026-02-27' } });
    fireEvent.change(screen.getByLabelText('Sign up to speak by (optional)'), { target: { value: '' } });
    expect(changes).toEqual([
      { ...hearing, committee: 'Judiciary' },
      { ...hearing, billId: 'bill-0001' },
      { ...hearing, writtenTestimonyDue: '2026-02-27' },
      { ...hearing, signUpToSpeakBy: null },
    ]);
  });
});
