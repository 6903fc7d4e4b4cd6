import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentGrant } from '../../shared/consent';
import { ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { ShareWithAdvocate } from '../../renderer/src/features/share/ShareWithAdvocate';
import { installHarbor } from './harbor-stub';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const grant = (patch: Partial<ConsentGrant>): ConsentGrant => ({
  id: 'grant-0000-0001',
  sourceIds: ['story-aaaa-0001'],
  createdAt: new Date().toISOString(),
  revoked: null,
  audience: { kind: 'advocacy-organization', name: 'Hope House' },
  purpose: 'a briefing for the spring session',
  identity: { mode: 'pseudonym', pseudonym: 'Luz' },
  redact: { categories: ['person'], keep: [] },
  formats: ['pdf'],
  expiresOn: inDays(100),
  note: '',
  publicRecordAcknowledged: false,
  coverNote: false,
  ...patch,
});

const CODE = 'velvet-orbit-cannon-ramp-civil-hobby-lunar';

function setup(create: 'saved' | 'cancelled' = 'saved') {
  let closed = 0;
  let flushed = 0;
  const stub = installHarbor({
    'consent:list': () =>
      ok([
        grant({}),
        grant({
          id: 'grant-0000-0002',
          audience: { kind: 'media', name: 'Radio Uno' },
          revoked: { at: '2026-01-01T00:00:00Z', reason: '' },
        }),
        grant({ id: 'grant-0000-0003', audience: { kind: 'media', name: 'Old Paper' }, expiresOn: '2020-01-01' }),
      ]),
    'share:create': () =>
      ok(
        create === 'saved'
          ? {
              status: 'saved' as const,
              value: { packageId: 'a'.repeat(32), shareCode: CODE, fileName: 'for-hope-house.harbor-share' },
            }
          : { status: 'cancelled' as const },
      ),
  });
  render(
    <ShareWithAdvocate
      storyId="story-aaaa-0001"
      flush={async () => {
        flushed += 1;
      }}
      onClose={() => (closed += 1)}
    />,
  );
  return { stub, closed: () => closed, flushed: () => flushed };
}

describe('Share with an advocate', () => {
  it('says in plain words who the advocate may pass the story to, for what and until when, from the chosen consent', async () => {
    installHarbor({
      'consent:list': () =>
        ok([
          grant({
            audience: { kind: 'legislative-committee', name: 'the Senate Judiciary Committee' },
            purpose: 'the hearing on SB 123.',
            expiresOn: '2027-06-01',
          }),
          grant({
            id: 'grant-0000-0002',
            audience: { kind: 'legislator-office', name: 'Senator Ruiz’s office' },
            purpose: 'a meeting about the budget',
            expiresOn: '2027-03-15',
          }),
        ]),
    });
    render(<ShareWithAdvocate storyId="story-aaaa-0001" flush={async () => undefined} onClose={() => undefined} />);
    const passOn = await screen.findByTestId('share-pass-on');
    expect(passOn.textContent).toBe(
      'The advocate may pass it to the Senate Judiciary Committee for the hearing on SB 123, until 1 June 2027.',
    );
    fireEvent.click(screen.getByRole('radio', { name: /Senator Ruiz’s office/ }));
    expect(screen.getByTestId('share-pass-on').textContent).toBe(
      'The advocate may pass it to Senator Ruiz’s office for a meeting about the budget, until 15 March 2027.',
    );
    setLanguage('es');
    await waitFor(() =>
      expect(screen.getByTestId('share-pass-on').textContent).toBe(
        'La persona de apoyo puede pasarla a Senator Ruiz’s office para a meeting about the budget, hasta el 15 de marzo de 2027.',
      ),
    );
  });

  it('offers only consents that still allow sharing, each as one sentence', async () => {
    setup();
    const option = await screen.findByRole('radio', {
      name: /^May be shared with Hope House for a briefing for the spring session, as 'Luz'/,
    });
    expect((option as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/Radio Uno/)).toBeNull();
    expect(screen.queryByText(/Old Paper/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Share with an advocate' })).toBe(document.activeElement);
  });

  it('sends no title unless the writer asks, saves the latest words first, and shows the code once with the advice', async () => {
    const { stub, flushed, closed } = setup();
    await screen.findByRole('radio');
    fireEvent.click(screen.getByRole('button', { name: 'Make the package' }));
    await screen.findByRole('heading', { name: 'Your package is ready' });
    expect(stub.callsTo('share:create')).toEqual([
      { storyId: 'story-aaaa-0001', grantId: 'grant-0000-0001', title: null, language: 'en' },
    ]);
    expect(flushed()).toBe(1);
    expect(screen.getByTestId('share-code').textContent).toBe('velvet orbit cannon ramp civil hobby lunar');
    screen.getByText('Saved as for-hope-house.harbor-share.');
    screen.getByText(/never put it in the same message or email as the file/i);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(closed()).toBe(1);
  });

  it('an approved title is sent as the writer edited it', async () => {
    const { stub } = setup();
    await screen.findByRole('radio');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Let the advocate see a title' }));
    const field = screen.getByRole('textbox', { name: 'Title the advocate will see' });
    // Starts empty: the story's own title may name a person or a place.
    expect((field as HTMLInputElement).value).toBe('');
    fireEvent.change(field, { target: { value: 'Winter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make the package' }));
    await waitFor(() => expect(stub.callsTo('share:create')).toHaveLength(1));
    expect(stub.callsTo('share:create')[0]).toMatchObject({ title: 'Winter' });
  });

  it('cancelling the save says nothing was saved, and the choice stays', async () => {
    setup('cancelled');
    await screen.findByRole('radio');
    fireEvent.click(screen.getByRole('button', { name: 'Make the package' }));
    await screen.findByText('Nothing was saved. You can try again whenever you like.');
    expect(screen.queryByTestId('share-code')).toBeNull();
    expect(screen.getByRole('button', { name: 'Make the package' })).toHaveProperty('disabled', false);
  });

  it('speaks Spanish', async () => {
    setLanguage('es');
    setup();
    await screen.findByRole('heading', { name: 'Compartir con una persona de apoyo' });
    await screen.findByRole('radio', { name: /^Se puede compartir con Hope House/ });
  });
});
