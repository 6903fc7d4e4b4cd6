import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { SharingHistoryScreen } from '../../renderer/src/features/share/SharingHistoryScreen';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { consentBackend, grantOf, recordOf, STORY_ID } from './consent-fixtures';
import { installHarbor, type Handlers } from './harbor-stub';
import { docOf, storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

function renderHistory(extra: Handlers = {}) {
  const backend = consentBackend({
    grants: [
      grantOf('grant-0001'),
      grantOf('grant-0002', { audience: { kind: 'media', name: 'City Paper' }, formats: ['pdf'] }),
    ],
    history: [
      recordOf({ id: 'r1', at: '2098-06-01T10:30:00.000Z', title: 'What [name withheld] told me' }),
      recordOf({
        id: 'r2',
        grantId: 'grant-0002',
        audience: 'City Paper',
        audienceKind: 'media',
        format: 'pdf',
        fileName: 'story.pdf',
        sha256: 'cd'.repeat(32),
        title: null,
      }),
    ],
  });
  const harbor = installHarbor({ ...backend.handlers, ...extra });
  render(<SharingHistoryScreen />);
  return { harbor, backend };
}

describe('sharing history', () => {
  it('lists every export under its consent sentence, with audience, date, format, file name and fingerprint', async () => {
    renderHistory();
    const committee = await screen.findByRole('region', { name: 'Senate Judiciary Committee' });
    expect(
      within(committee).getByText(/^May be shared with Senate Judiciary Committee for the hearing on SB 123/),
    ).toBeTruthy();
    const entry = within(committee).getByLabelText('Export of testimony-2098-06-01.docx');
    expect(entry.textContent).toContain('Legislative committee');
    expect(entry.textContent).toContain('Word (DOCX)');
    expect(entry.textContent).toContain('ab'.repeat(32));
    // Named by the title as it left, and the fingerprint stands apart from the words explaining it.
    expect(entry.querySelector('.history-entry__title')?.textContent).toBe('What [name withheld] told me');
    const hash = entry.querySelector('code')!;
    expect(hash.textContent).toBe('ab'.repeat(32));
    expect(hash.nextElementSibling?.textContent).toBe('Lets you prove later which exact file you shared.');
    expect(hash.nextElementSibling?.className).toContain('history-entry__hash-hint');
    expect(entry.querySelector('time')?.getAttribute('dateTime')).toBe('2098-06-01T10:30:00.000Z');
    expect(entry.querySelector('time')?.textContent).toMatch(/2098/);
    const paper = screen.getByRole('region', { name: 'City Paper' });
    expect(within(paper).getByLabelText('Export of story.pdf').textContent).toContain('cd'.repeat(32));
    expect(within(paper).getByLabelText('Export of story.pdf').textContent).toContain('No title');
  });

  it('picks a receipt by its own ending, and still takes one from an older Harbor', async () => {
    renderHistory();
    await screen.findByRole('region', { name: 'Senate Judiciary Committee' });
    const picker = screen.getByTestId('share-receipt-input') as HTMLInputElement;
    expect(picker.accept.split(',')).toEqual(['.harbor-receipt', '.harbor-share']);
  });

  it('says a purpose Harbor filled in, made in English, in Spanish; a purpose the person wrote stays as written', async () => {
    setLanguage('es');
    const backend = consentBackend({
      grants: [
        grantOf('grant-0001', { purpose: 'Testimony on SB 412' }),
        grantOf('grant-0002', { audience: { kind: 'media', name: 'City Paper' }, purpose: 'Testimony on the record' }),
      ],
      history: [recordOf({ id: 'r1' }), recordOf({ id: 'r2', grantId: 'grant-0002' })],
    });
    installHarbor(backend.handlers);
    render(<SharingHistoryScreen />);
    const committee = await screen.findByRole('region', { name: 'Senate Judiciary Committee' });
    expect(committee.textContent).toContain('para Testimonio sobre SB 412');
    expect(committee.textContent).not.toContain('Testimony on');
    // Not the words Harbor fills in ("Testimony on {{bill}}" needs a bill): left as typed.
    const paper = screen.getByRole('region', { name: 'City Paper' });
    expect(paper.textContent).toContain('para Testimony on the record');
  });

  it('shows dates and words in Spanish', async () => {
    setLanguage('es');
    renderHistory();
    const entry = await screen.findByLabelText('Exportación de testimony-2098-06-01.docx');
    expect(entry.querySelector('time')?.textContent).toMatch(/jun/);
    expect(screen.getByRole('heading', { name: 'Historial de envíos' })).toBeTruthy();
  });

  it('withdraws a consent from the history after a confirmation, with the reason', async () => {
    const { harbor } = renderHistory();
    const committee = await screen.findByRole('region', { name: 'Senate Judiciary Committee' });
    fireEvent.click(within(committee).getByRole('button', { name: 'Withdraw consent: Senate Judiciary Committee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this consent?' });
    // Focus starts on the safe choice.
    expect(document.activeElement?.textContent).toBe('Keep it');
    fireEvent.change(within(dialog).getByLabelText('Why (optional, only for you)'), {
      target: { value: 'I changed my mind' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw consent' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(harbor.callsTo('consent:revoke')).toEqual([{ id: 'grant-0001', reason: 'I changed my mind' }]);
    expect(within(committee).getByText(/^Withdrawn on /)).toBeTruthy();
    expect(within(committee).queryByRole('button', { name: /Withdraw the consent/ })).toBeNull();
  });

  it('makes a withdrawal letter and says honestly that a public record cannot be recalled', async () => {
    const { harbor } = renderHistory({
      'history:withdrawal-letter': () =>
        ok({ status: 'saved' as const, value: { fileName: 'withdrawal-letter.docx' } }),
    });
    const committee = await screen.findByRole('region', { name: 'Senate Judiciary Committee' });
    expect(within(committee).getByText(/cannot be recalled/)).toBeTruthy();
    fireEvent.click(within(committee).getByRole('button', { name: 'Withdrawal letter…' }));
    await screen.findByText('The withdrawal letter is saved as withdrawal-letter.docx.');
    expect(harbor.callsTo('history:withdrawal-letter')).toEqual([{ grantId: 'grant-0001', language: 'en' }]);
  });

  it('says so when there is nothing yet, or when the history cannot be read', async () => {
    installHarbor({ 'history:list': () => ok([]) });
    const { unmount } = render(<SharingHistoryScreen />);
    await screen.findByText("You haven't exported anything yet.");
    unmount();
    installHarbor({ 'history:list': () => fail('io', 'vault.io') });
    render(<SharingHistoryScreen />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing has been lost/);
  });
});

describe('consent panel', () => {
  async function openPanel(backend = consentBackend({ grants: [grantOf('grant-0001')] })) {
    const harbor = installHarbor({
      'story:list': () => ok([summary({ id: STORY_ID, title: 'Mine' })]),
      'story:get': () => ok(storyView({ id: STORY_ID, title: 'Mine', doc: docOf('Hello there.') })),
      'story:save': ({ id }) => ok(summary({ id, title: 'Mine' })),
      'story:revisions': () => ok([]),
      ...backend.handlers,
    });
    render(<Workspace registerBeforeLock={() => () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
    await screen.findByRole('textbox', { name: 'Your story' });
    fireEvent.click(screen.getByRole('tab', { name: 'Consent' }));
    return { harbor, backend };
  }

  it('lists the story’s consents as sentences and creates a new one', async () => {
    const { harbor } = await openPanel();
    const list = await screen.findByRole('list', { name: 'Consents for this story' });
    expect(within(list).getByText(/^May be shared with Senate Judiciary Committee/)).toBeTruthy();
    expect(harbor.callsTo('consent:list')).toContainEqual({ sourceId: STORY_ID });

    fireEvent.click(screen.getByRole('button', { name: 'New consent' }));
    // A page of its own: one title (focused), and the story's toolbar, text and panel out of the way.
    const title = await screen.findByRole('heading', { level: 1, name: 'New consent' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.queryByRole('textbox', { name: 'Your story' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Consent' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export…' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Who will receive it'), { target: { value: 'advocacy-organization' } });
    fireEvent.change(screen.getByLabelText('Their name'), { target: { value: 'Casa Segura' } });
    fireEvent.change(screen.getByLabelText('What it is for'), { target: { value: 'their annual report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await screen.findByText('Consent saved.');
    await screen.findByRole('textbox', { name: 'Your story' });
    const items = within(await screen.findByRole('list', { name: 'Consents for this story' })).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^May be shared with Casa Segura for their annual report, anonymously/);
  });

  it('Escape leaves an untouched consent page at once, and asks before dropping one half filled in', async () => {
    const { harbor } = await openPanel();
    await screen.findByRole('list', { name: 'Consents for this story' });
    fireEvent.click(screen.getByRole('button', { name: 'New consent' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'New consent' });
    fireEvent.keyDown(title, { key: 'Escape' });
    await screen.findByRole('textbox', { name: 'Your story' });

    fireEvent.click(screen.getByRole('button', { name: 'New consent' }));
    fireEvent.change(await screen.findByLabelText('Their name'), { target: { value: 'Casa Segura' } });
    fireEvent.keyDown(screen.getByLabelText('Their name'), { key: 'Escape' });
    const ask = await screen.findByRole('dialog', { name: 'Leave this page?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Stay here' }));
    // Kept as it was: the name typed is still there.
    expect((screen.getByLabelText('Their name') as HTMLInputElement).value).toBe('Casa Segura');
    fireEvent.keyDown(screen.getByLabelText('Their name'), { key: 'Escape' });
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('textbox', { name: 'Your story' });
    expect(harbor.callsTo('consent:create')).toHaveLength(0);
  });
});
