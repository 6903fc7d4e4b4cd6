import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '../../shared/campaign/campaign-data';
import { ok } from '../../shared/ipc/result';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { CampaignList } from '../../renderer/src/features/campaigns/CampaignList';
import { CampaignPage } from '../../renderer/src/features/campaigns/CampaignPage';
import { CoalitionSection } from '../../renderer/src/features/campaigns/CoalitionSection';
import { OutcomesSection } from '../../renderer/src/features/campaigns/OutcomesSection';
import { openBill, sb12 } from './bill-steps';
import { campaignOf, recordingSave, stepOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

const shelter = {
  id: 'part-0001',
  name: 'Safe Harbor Shelter',
  sector: 'service-provider' as const,
  contactRole: 'director',
  contact: '',
  signOn: 'signed' as const,
  signOrder: 1,
};
const faith = {
  ...shelter,
  id: 'part-0002',
  name: 'Faith Alliance',
  sector: 'faith' as const,
  signOn: 'asked' as const,
  signOrder: null,
};

describe('editing and removing campaign entries', () => {
  it('a partner is removed, and another edited keeping its id and place', async () => {
    installHarbor();
    const { save, edits } = recordingSave();
    render(<CoalitionSection campaign={campaignOf({ partners: [shelter, faith] })} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Faith Alliance' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.partners).toEqual([shelter]);

    fireEvent.click(screen.getByRole('button', { name: 'Edit Safe Harbor Shelter' }));
    const form = screen.getByRole('form', { name: 'Change Safe Harbor Shelter' });
    const name = within(form).getByLabelText('Organization') as HTMLInputElement;
    expect(name.value).toBe('Safe Harbor Shelter');
    fireEvent.change(name, { target: { value: 'Safe Harbor Shelters' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(2));
    expect(edits[1]!.partners).toEqual([{ ...shelter, name: 'Safe Harbor Shelters' }, faith]);
    await screen.findByRole('form', { name: 'Add a partner organization' });
  });

  it('an outcome is edited in place and another removed', async () => {
    installHarbor();
    const { save, edits } = recordingSave();
    const won = {
      id: 'out-0001',
      date: '2026-03-01',
      askId: null,
      billId: null,
      result: 'won' as const,
      votes: { yes: 5, no: 2, abstain: 1 },
      amendmentIds: [],
      note: 'Passed committee',
    };
    const lost = { ...won, id: 'out-0002', result: 'lost' as const, votes: null, note: '' };
    render(<OutcomesSection campaign={campaignOf({ outcomes: [won, lost] })} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: /^Remove the outcome Lost/ }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.outcomes).toEqual([won]);

    fireEvent.click(screen.getByRole('button', { name: /^Edit the outcome Won/ }));
    fireEvent.change(screen.getByLabelText('Votes against (optional)'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(2));
    expect(edits[1]!.outcomes).toEqual([{ ...won, votes: { yes: 5, no: 3, abstain: 1 } }, lost]);
  });

  it('any step of a bill can be taken back while the history keeps its rules', async () => {
    const bill = sb12([
      stepOf('step-0001', 'introduced', '2026-01-05'),
      stepOf('step-0002', 'referred', '2026-01-09'),
      stepOf('step-0003', 'hearing', '2026-02-01'),
    ]);
    const { edits } = openBill(bill, { press: 'Remove step 2 of SB 12 (Referred to committee)' });
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.bills).toEqual([{ ...bill, steps: [bill.steps[0], bill.steps[2]] }]);
  });

  it('a removal that would break the history is refused in words, and nothing is saved', async () => {
    const bill = sb12([
      stepOf('step-0001', 'floor-vote', '2026-01-05'),
      stepOf('step-0002', 'vetoed', '2026-01-09'),
      stepOf('step-0003', 'veto-override', '2026-02-01'),
    ]);
    const { edits } = openBill(bill, { press: 'Remove step 2 of SB 12 (Vetoed)' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('“Vetoed” cannot be removed: “Veto overridden” can only come right after “Vetoed”.');
    expect(edits).toEqual([]);
  });

  it('a middle step’s kind, date and amendment are corrected, the amendment keeping its id', async () => {
    const amendment = { id: 'amend-0001', label: 'A1', summary: '', adopted: null };
    const bill = sb12([
      stepOf('step-0001', 'introduced', '2026-01-05'),
      { ...stepOf('step-0002', 'committee-vote', '2026-01-09'), amendments: [amendment] },
      stepOf('step-0003', 'floor-vote', '2026-02-01'),
    ]);
    const { edits } = openBill(bill, { press: 'Change step 2 of SB 12 (Committee vote)' });
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    fireEvent.change(within(form).getByLabelText('Step'), { target: { value: 'hearing' } });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-01-12' } });
    fireEvent.change(within(form).getByLabelText('Amendment (optional)'), { target: { value: 'A1 (as amended)' } });
    fireEvent.change(within(form).getByLabelText('Amendment decided?'), { target: { value: 'adopted' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.bills![0]!.steps).toEqual([
      bill.steps[0],
      {
        ...bill.steps[1],
        kind: 'hearing',
        date: '2026-01-12',
        amendments: [{ ...amendment, label: 'A1 (as amended)', adopted: true }],
      },
      bill.steps[2],
    ]);
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Change step 2 of SB 12/ })).toBeNull());
  });

  it('an edit that breaks date order or the allowed steps is refused in words, in en and es', async () => {
    const bill = sb12([
      stepOf('step-0001', 'introduced', '2026-01-05'),
      stepOf('step-0002', 'referred', '2026-01-09'),
      stepOf('step-0003', 'hearing', '2026-02-01'),
    ]);
    const { edits } = openBill(bill, { press: 'Change step 2 of SB 12 (Referred to committee)' });
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Referred to committee' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-02-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Feb 3, 2026 is after the step that follows it (Hearing, Feb 1, 2026). Steps stay in date order: change that step first, or pick an earlier date.',
    );
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toMatch(
        /^Jan 1, 2026 is before the step before it \(Introduced/,
      ),
    );
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-01-09' } });
    fireEvent.change(within(form).getByLabelText('Step'), { target: { value: 'signed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toBe(
        'Nothing can follow “Signed into law”: the bill’s history ends there.',
      ),
    );
    setLanguage('es');
    fireEvent.click(await within(form).findByRole('button', { name: 'Guardar los cambios' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toBe(
        'Nada puede seguir a «Firmado como ley»: ahí termina la historia del proyecto de ley.',
      ),
    );
    expect(edits).toEqual([]);
  });

  it('a campaign goes to the trash only after the confirm, and the list offers it back', async () => {
    const trashed: CampaignSummary = {
      id: 'camp-0002',
      title: 'Old push',
      policyAsk: '',
      jurisdiction: 'uk',
      bills: 0,
      engagements: 0,
      openFollowUps: 0,
      updatedAt: '2026-01-01T00:00:00.000Z',
      trashedAt: '2026-02-01T00:00:00.000Z',
    };
    let restored = false;
    const harbor = installHarbor({
      'campaign:trash': () => ok(undefined),
      'campaign:restore': () => {
        restored = true;
        return ok(undefined);
      },
      'campaign:list': () => ok(restored ? [{ ...trashed, trashedAt: null }] : [trashed]),
    });
    let listed = false;
    const { unmount } = render(
      <CampaignPage
        campaign={campaignOf()}
        save={recordingSave().save}
        onView={() => undefined}
        onList={() => (listed = true)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move the campaign to the trash' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(harbor.callsTo('campaign:trash')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Move the campaign to the trash' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to the trash' }));
    await waitFor(() => expect(listed).toBe(true));
    expect(harbor.callsTo('campaign:trash')).toEqual([{ id: 'camp-0001' }]);
    unmount();

    render(<CampaignList onOpen={() => undefined} onNew={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore “Old push”' }));
    await screen.findByRole('button', { name: 'Old push' });
    expect(harbor.callsTo('campaign:restore')).toEqual([{ id: 'camp-0002' }]);
    expect(screen.queryByRole('heading', { name: 'In the trash' })).toBeNull();
  });
});

describe('deleting a trashed campaign for good', () => {
  const trashed: CampaignSummary = {
    id: 'camp-0002',
    title: 'Old push',
    policyAsk: '',
    jurisdiction: 'uk',
    bills: 2,
    engagements: 1,
    openFollowUps: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
    trashedAt: '2026-02-01T00:00:00.000Z',
  };

  it('names what is deleted, keeps it on cancel, and destroys it only after the confirm', async () => {
    let gone = false;
    const harbor = installHarbor({
      'campaign:list': () => ok(gone ? [] : [trashed]),
      'campaign:delete': () => {
        gone = true;
        return ok(undefined);
      },
    });
    render(<CampaignList onOpen={() => undefined} onNew={() => undefined} />);
    const open = await screen.findByRole('button', { name: 'Delete for good: “Old push”' });
    fireEvent.click(open);
    let dialog = screen.getByRole('dialog', { name: 'Delete “Old push” for good?' });
    expect(dialog.textContent).toContain('2 bills and their status histories');
    expect(dialog.textContent).toContain('1 engagement with its follow-ups and debrief');
    expect(dialog.textContent).toContain('This cannot be undone.');
    // Focus starts on the safe choice; Escape keeps the campaign.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(harbor.callsTo('campaign:delete')).toEqual([]);

    fireEvent.click(open);
    dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    await screen.findByText('“Old push” was deleted for good.');
    expect(harbor.callsTo('campaign:delete')).toEqual([{ id: 'camp-0002' }]);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'In the trash' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Campaigns' }));
  });

  it('asks in Spanish', async () => {
    setLanguage('es');
    installHarbor({ 'campaign:list': () => ok([trashed]) });
    render(<CampaignList onOpen={() => undefined} onNew={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Borrar para siempre: «Old push»' }));
    const dialog = screen.getByRole('dialog', { name: '¿Borrar «Old push» para siempre?' });
    expect(dialog.textContent).toContain('2 proyectos de ley y sus historiales de pasos');
    expect(within(dialog).getByRole('button', { name: 'Conservarla' })).toBeTruthy();
  });
});
