import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { unlocked, type Handlers, type HarborStub } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

const PASS = 'my current passphrase';

useAppScreens();

const checkPass = (passphrase: string) => passphrase === PASS;

function settingsHandlers(extra: Handlers = {}, hasRecoveryKey = false): Handlers {
  return {
    'vault:status': () => ok(unlocked(hasRecoveryKey)),
    ...extra,
  };
}

/** The app, unlocked over `settingsHandlers`, opened on Settings from the rail (focus on its heading). */
async function openSettings(extra: Handlers = {}, hasRecoveryKey = false): Promise<HarborStub> {
  const harbor = renderApp(settingsHandlers(extra, hasRecoveryKey));
  await findHeading('Library');
  fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }));
  const heading = await findHeading('Settings');
  await waitFor(() => expect(document.activeElement).toBe(heading));
  return harbor;
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('settings', () => {
  it('marks the current section in the rail', async () => {
    await openSettings();
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBeNull();
  });

  it('saves auto-lock, theme and text size, and applies them at once', async () => {
    const harbor = await openSettings();
    fireEvent.change(screen.getByLabelText('Lock Harbor after'), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText('High contrast'));
    fireEvent.change(screen.getByLabelText('Text size'), { target: { value: '1.25' } });
    await waitFor(() =>
      expect(harbor.callsTo('prefs:set')).toEqual([
        { autoLockMinutes: 15 },
        { theme: 'high-contrast' },
        { textScale: 1.25 },
      ]),
    );
    expect(document.documentElement.dataset.theme).toBe('high-contrast');
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.25');
    const options = [...(screen.getByLabelText('Lock Harbor after') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['1', '5', '10', '15', '30', '60']);
  });

  it('switches the whole app to Spanish', async () => {
    const harbor = await openSettings();
    fireEvent.click(within(section('Language')).getByLabelText('Español'));
    await findHeading('Ajustes');
    expect(screen.getByRole('button', { name: 'Bloquear' })).toBeTruthy();
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: 'Biblioteca' })).toBeTruthy();
    expect(harbor.callsTo('prefs:set')).toEqual([{ language: 'es' }]);
  });

  it('changes the passphrase after checking the current one', async () => {
    const harbor = await openSettings({
      'vault:change-passphrase': ({ current }) =>
        checkPass(current) ? ok({ recoveryKey: null }) : fail('wrong_passphrase', 'vault.wrongPassphrase'),
    });
    const area = section('Passphrase');
    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: 'not it' } });
    fireEvent.change(within(area).getByLabelText('New passphrase'), { target: { value: 'a whole new sentence' } });
    fireEvent.change(within(area).getByLabelText('Type it again'), { target: { value: 'a whole new sentence' } });
    fireEvent.click(within(area).getByRole('button', { name: 'Change passphrase' }));
    expect((await within(area).findByRole('alert')).textContent).toBe("That passphrase doesn't open this vault.");

    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.click(within(area).getByRole('button', { name: 'Change passphrase' }));
    await within(area).findByText(/Your passphrase has been changed/);
    expect(within(area).getByText(/encrypted under new keys/)).toBeTruthy();
    expect(harbor.callsTo('vault:change-passphrase')).toEqual([
      { current: 'not it', next: 'a whole new sentence' },
      { current: PASS, next: 'a whole new sentence' },
    ]);
    expect((within(area).getByLabelText('New passphrase') as HTMLInputElement).value).toBe('');
  });

  it('after a passphrase change: says old backups still open with the old passphrase and offers a new backup', async () => {
    const harbor = await openSettings({
      'vault:change-passphrase': () => ok({ recoveryKey: 'NEWR-ECOV-ERYK' }),
      'vault:backup': () => ok({ saved: true }),
    });
    const area = section('Passphrase');
    expect(within(area).queryByRole('button', { name: 'Make a new backup' })).toBeNull();
    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.change(within(area).getByLabelText('New passphrase'), { target: { value: 'a whole new sentence' } });
    fireEvent.change(within(area).getByLabelText('Type it again'), { target: { value: 'a whole new sentence' } });
    fireEvent.click(within(area).getByRole('button', { name: 'Change passphrase' }));
    await within(area).findByText(/Backups you made before this still open with your old passphrase/);
    // The recovery key changed with the keys: the new one is shown once.
    expect(within(area).getByText(/Your old recovery key no longer works/)).toBeTruthy();
    expect(within(area).getByTestId('recovery-key').textContent).toContain('NEWR');
    fireEvent.click(within(area).getByRole('button', { name: 'Make a new backup' }));
    await within(area).findByText(/Your new backup is saved/);
    expect(harbor.callsTo('vault:backup')).toHaveLength(1);
  });

  it('creates a recovery key after asking for the passphrase, and shows it once', async () => {
    const harbor = await openSettings({
      'vault:new-recovery-key': ({ passphrase }) =>
        checkPass(passphrase)
          ? ok({ recoveryKey: 'QQQQ-RRRR-SSSS-TTTT' })
          : fail('wrong_passphrase', 'vault.wrongPassphrase'),
    });
    const area = section('Recovery key');
    await within(area).findByText(/You don't have a recovery key/);
    fireEvent.click(within(area).getByRole('button', { name: 'Create a recovery key' }));
    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.click(within(area).getByRole('button', { name: 'Create the key' }));
    const key = await within(area).findByTestId('recovery-key');
    expect(key.textContent!.replace(/\s+/g, ' ').trim()).toBe('QQQQ RRRR SSSS TTTT');
    expect(within(area).queryByRole('button', { name: /copy/i })).toBeNull();
    fireEvent.click(within(area).getByLabelText('I have put it somewhere safe'));
    fireEvent.click(within(area).getByRole('button', { name: 'Done' }));
    await within(area).findByText('Your new recovery key is ready.');
    expect(within(area).queryByTestId('recovery-key')).toBeNull();
    expect(within(area).getByRole('button', { name: 'Create a new recovery key' })).toBeTruthy();
    expect(harbor.callsTo('vault:new-recovery-key')).toEqual([{ passphrase: PASS }]);
  });

  it('removes the recovery key only with the passphrase', async () => {
    const harbor = await openSettings(
      {
        'vault:remove-recovery-key': ({ passphrase }) =>
          checkPass(passphrase) ? ok(undefined) : fail('wrong_passphrase', 'vault.wrongPassphrase'),
      },
      true,
    );
    const area = section('Recovery key');
    fireEvent.click(await within(area).findByRole('button', { name: 'Remove the recovery key' }));
    fireEvent.click(within(area).getByRole('button', { name: 'Remove it' }));
    expect((await within(area).findByRole('alert')).textContent).toBe('Type your passphrase first.');
    expect(harbor.callsTo('vault:remove-recovery-key')).toEqual([]);
    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.click(within(area).getByRole('button', { name: 'Remove it' }));
    await within(area).findByText(/The recovery key has been removed/);
    expect(within(area).getByText(/You don't have a recovery key/)).toBeTruthy();
  });

  it('reports an intact vault', async () => {
    await openSettings({ 'vault:verify': () => ok({ ok: true, checked: 3, damaged: [] }) });
    const area = section('Vault check');
    fireEvent.click(within(area).getByRole('button', { name: 'Check vault integrity' }));
    // The status region is there before the answer arrives: wait for its words, not for the region.
    await waitFor(() => expect(within(area).getByRole('status').textContent).toContain('All 3 items are intact.'));
  });

  it('lists damaged items calmly and says the others are unaffected', async () => {
    await openSettings({
      'vault:verify': () =>
        ok({
          ok: false,
          checked: 5,
          damaged: [{ itemId: 'abcd1234efgh', revision: 2, problem: { key: 'integrity.notAuthentic' } }],
        }),
    });
    const area = section('Vault check');
    fireEvent.click(within(area).getByRole('button', { name: 'Check vault integrity' }));
    await within(area).findByText('1 of 5 items could not be read. Your other items are unaffected.');
    expect(within(area).getByText('abcd1234efgh')).toBeTruthy();
    expect(within(area).getByText(/version 2/)).toBeTruthy();
    expect(within(area).getByText(/damaged or changed outside Harbor \(it does not authenticate\)/)).toBeTruthy();
    expect(within(area).queryByRole('alert')).toBeNull();
  });

  it('says what is wrong with each damaged item in Spanish when Spanish is chosen', async () => {
    setLanguage('es');
    renderApp(
      settingsHandlers({
        'vault:verify': () =>
          ok({
            ok: false,
            checked: 5,
            damaged: [
              { itemId: 'vault.json', problem: { key: 'integrity.headerChanged' } },
              { itemId: 'abcd1234efgh', revision: 2, problem: { key: 'integrity.newerVersion' } },
            ],
          }),
      }),
      { language: 'es' },
    );
    fireEvent.click(within(await screen.findByRole('navigation')).getByRole('button', { name: 'Ajustes' }));
    const area = await screen.findByRole('region', { name: 'Revisión de la bóveda' });
    fireEvent.click(within(area).getByRole('button', { name: 'Revisar la integridad de la bóveda' }));
    const list = await within(area).findByRole('list');
    expect(list.textContent).toContain('el archivo principal de la bóveda se cambió fuera de Harbor');
    expect(list.textContent).toContain('se guardó con una versión más nueva de Harbor');
    expect(list.textContent).not.toMatch(/outside|newer|header/);
  });

  it('says plainly when derived data was changed outside Harbor, apart from damaged items', async () => {
    await openSettings({
      'vault:verify': () =>
        ok({
          ok: false,
          checked: 4,
          damaged: [{ itemId: 'cache', cache: 'story-summaries', problem: { key: 'integrity.cacheRebuilt' } }],
        }),
    });
    const area = section('Vault check');
    fireEvent.click(within(area).getByRole('button', { name: 'Check vault integrity' }));
    await within(area).findByText(/was damaged or changed outside Harbor/);
    expect(within(area).getByText(/someone may have changed files in your vault folder/)).toBeTruthy();
    expect(within(area).queryByText(/could not be read/)).toBeNull();
    expect(within(area).queryByText('cache')).toBeNull();
  });

  it('rotates keys after the passphrase and shows the new recovery key if there was one', async () => {
    const harbor = await openSettings({
      'vault:rotate-keys': ({ passphrase }) =>
        checkPass(passphrase)
          ? ok({ recoveryKey: 'NEWK-EYNE-WKEY' })
          : fail('wrong_passphrase', 'vault.wrongPassphrase'),
    });
    const area = section('Rotate keys');
    expect(within(area).getByText(/old passphrase and have an old copy of your vault/)).toBeTruthy();
    fireEvent.click(within(area).getByRole('button', { name: 'Rotate keys' }));
    fireEvent.change(within(area).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.click(within(area).getByRole('button', { name: 'Rotate keys now' }));
    await within(area).findByText(/Your old recovery key no longer works/);
    expect(within(area).getByTestId('recovery-key').textContent).toContain('NEWK');
    expect(harbor.callsTo('vault:rotate-keys')).toEqual([{ passphrase: PASS }]);
  });
});
