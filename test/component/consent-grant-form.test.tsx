import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentGrant } from '../../shared/consent/grant';
import type { RequestOf } from '../../shared/ipc/contract';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { GrantForm } from '../../renderer/src/features/consent/GrantForm';
import { todayIso } from '../../renderer/src/ui/today';
import { addDays, addYears } from '../../shared/consent/grant-draft';
import { installHarbor } from './harbor-stub';
import { consentBackend, grantOf, STORY_ID } from './consent-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const details = [
  { id: 'd1', category: 'person' as const, text: 'Ana' },
  { id: 'd2', category: 'place' as const, text: 'Lima' },
];

function renderForm(options: { fullName?: string; grant?: ConsentGrant } = {}) {
  const backend = consentBackend({ fullName: options.fullName ?? '', grants: options.grant ? [options.grant] : [] });
  const harbor = installHarbor(backend.handlers);
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <GrantForm sourceIds={[STORY_ID]} grant={options.grant} details={details} onSaved={onSaved} onCancel={onCancel} />,
  );
  return { harbor, backend, onSaved, onCancel };
}

const fillAudience = (kind: string, name: string, purpose: string) => {
  fireEvent.change(screen.getByLabelText('Who will receive it'), { target: { value: kind } });
  fireEvent.change(screen.getByLabelText('Their name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('What it is for'), { target: { value: purpose } });
};

describe('consent form', () => {
  it('says what is missing next to each field, moves focus there, and saves nothing', async () => {
    const { harbor } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/A few things need an answer/);
    const kind = screen.getByLabelText('Who will receive it');
    expect(kind.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(kind.getAttribute('aria-describedby')!)?.textContent).toBe('Please fill this in.');
    expect(screen.getByLabelText('Their name').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(kind));
    expect(harbor.callsTo('consent:create')).toEqual([]);
  });

  it('requires the public-record acknowledgement for lawmakers, then saves the terms with the defaults', async () => {
    const { harbor, onSaved } = renderForm();
    fillAudience('legislative-committee', 'Senate Judiciary Committee', 'the hearing on SB 123');
    const ack = screen.getByLabelText(
      /testimony to lawmakers usually becomes public record and is often searchable online/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(ack.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Please confirm you understand this before sharing with lawmakers.')).toBeTruthy();
    expect(harbor.callsTo('consent:create')).toEqual([]);

    fireEvent.click(ack);
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [request] = harbor.callsTo('consent:create') as RequestOf<'consent:create'>[];
    expect(request).toEqual({
      sourceIds: [STORY_ID],
      terms: {
        audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
        purpose: 'the hearing on SB 123',
        identity: { mode: 'anonymous' },
        redact: { categories: ['person', 'place', 'date', 'organization', 'contact', 'other'], keep: [] },
        formats: ['docx', 'pdf'],
        expiresOn: addDays(todayIso(), 365),
        note: '',
        publicRecordAcknowledged: true,
        coverNote: false,
      },
    });
  });

  it('asks no acknowledgement for an advocacy organization', () => {
    renderForm();
    fillAudience('advocacy-organization', 'Casa Segura', 'their newsletter');
    expect(screen.queryByLabelText(/public record/)).toBeNull();
  });

  it('shows the name each identity produces from the writer’s own name', async () => {
    renderForm({ fullName: 'María Ruiz' });
    const example = (label: string) => {
      const radio = screen.getByRole('radio', { name: label });
      return document.getElementById(radio.getAttribute('aria-describedby')!)?.textContent;
    };
    await waitFor(() => expect(example('Full name')).toBe('Appears as “María Ruiz”'));
    expect(example('First name only')).toBe('Appears as “María”');
    expect(example('Initials')).toBe('Appears as “M. R.”');
    expect(example('Anonymous')).toBe('Appears as “Anonymous”');

    fireEvent.click(screen.getByRole('radio', { name: 'A name you choose' }));
    fireEvent.change(screen.getByLabelText('The name to use'), { target: { value: 'Rosa' } });
    expect(example('A name you choose')).toBe('Appears as “Rosa”');
  });

  it('without a name, asks for one, saves it encrypted through profile:set, and previews with it', async () => {
    const { harbor } = renderForm();
    const initials = screen.getByRole('radio', { name: 'Initials' });
    const example = () => document.getElementById(initials.getAttribute('aria-describedby')!)?.textContent;
    await waitFor(() => expect(example()).toBe('Add your name above to see how it appears.'));
    const field = screen.getByLabelText('Your full name');
    expect(field.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/Stored encrypted/);
    fireEvent.change(field, { target: { value: 'Ana Lucía Pérez' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(example()).toBe('Appears as “A. L. P.”'));
    expect(harbor.callsTo('profile:set')).toEqual([{ fullName: 'Ana Lucía Pérez' }]);
    expect(screen.getByText('Your name is saved.')).toBeTruthy();
  });

  it('needs a pseudonym when that identity is chosen, and a format', async () => {
    const { harbor } = renderForm();
    fillAudience('media', 'City Paper', 'a feature');
    fireEvent.click(screen.getByRole('radio', { name: 'A name you choose' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Word (DOCX)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'PDF' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await screen.findByText('Choose at least one file type.');
    expect(screen.getByLabelText('The name to use').getAttribute('aria-invalid')).toBe('true');
    expect(harbor.callsTo('consent:create')).toEqual([]);
  });

  it('refuses an expiry more than three years away', async () => {
    const { harbor } = renderForm();
    fillAudience('media', 'City Paper', 'a feature');
    const expiry = screen.getByLabelText('Until');
    fireEvent.change(expiry, { target: { value: addDays(addYears(todayIso(), 3), 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await screen.findByText('A consent can last at most three years.');
    expect(harbor.callsTo('consent:create')).toEqual([]);
    fireEvent.change(expiry, { target: { value: addYears(todayIso(), 3) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(harbor.callsTo('consent:create')).toHaveLength(1));
  });

  it('lists the marked details of redacted kinds as exceptions, and keeps the ones ticked', async () => {
    const { harbor } = renderForm();
    fillAudience('advocacy-organization', 'Casa Segura', 'their newsletter');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Keep “Lima”/ }));
    // Places no longer removed: Lima is not an exception any more, Ana still is offered.
    fireEvent.click(screen.getByRole('checkbox', { name: /^Places$/ }));
    expect(screen.queryByRole('checkbox', { name: /^Keep “Lima”/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /^Keep “Ana”/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Places$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(harbor.callsTo('consent:create')).toHaveLength(1));
    const [request] = harbor.callsTo('consent:create') as RequestOf<'consent:create'>[];
    expect(request!.terms.redact).toEqual({
      categories: ['person', 'place', 'date', 'organization', 'contact', 'other'],
      keep: ['d2'],
    });
  });

  it('shows the grant as one sentence while it is filled in, in the app language', async () => {
    renderForm();
    fillAudience('legislative-committee', 'Senate Judiciary Committee', 'the hearing on SB 123');
    fireEvent.click(screen.getByRole('radio', { name: 'Initials' }));
    expect(screen.getByTestId('grant-summary').textContent).toMatch(
      /^May be shared with Senate Judiciary Committee for the hearing on SB 123, under your initials, with marked names, places, dates, organizations, contact details and other details removed, as DOCX or PDF, until /,
    );
    setLanguage('es');
    await waitFor(() =>
      expect(screen.getByTestId('grant-summary').textContent).toMatch(
        /^Se puede compartir con Senate Judiciary Committee/,
      ),
    );
    expect(screen.getByRole('button', { name: 'Guardar consentimiento' })).toBeTruthy();
  });

  it('edits an existing grant with consent:update', async () => {
    const grant = grantOf('grant-0001');
    const { harbor, onSaved } = renderForm({ grant });
    expect(screen.getByRole('heading', { name: 'Edit consent' })).toBeTruthy();
    const name = screen.getByLabelText('Their name') as HTMLInputElement;
    expect(name.value).toBe('Senate Judiciary Committee');
    fireEvent.change(name, { target: { value: 'House Judiciary Committee' } });
    fireEvent.click(within(screen.getByRole('form')).getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [request] = harbor.callsTo('consent:update') as RequestOf<'consent:update'>[];
    expect(request!.id).toBe('grant-0001');
    expect(request!.terms.audience.name).toBe('House Judiciary Committee');
    expect(request!.terms.identity).toEqual({ mode: 'initials' });
  });
});
