import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HarborError } from '../../shared/errors';
import { fail, failWith, ok } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { deferred, installHarbor, locked, unlocked, type HarborStub } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

const RIGHT = 'the right passphrase';

useAppScreens();

function unlockHandlers(gate?: Promise<void>) {
  return {
    'vault:status': () => ok(locked),
    'vault:unlock': async ({ passphrase }: { passphrase: string }) => {
      await gate;
      return passphrase === RIGHT ? ok(unlocked()) : fail('wrong_passphrase', 'vault.wrongPassphrase');
    },
  };
}

async function unlockScreen() {
  render(<App />);
  await findHeading('Welcome back');
  return screen.getByLabelText('Passphrase') as HTMLInputElement;
}

describe('unlock', () => {
  let harbor: HarborStub;

  it('starts in the passphrase field, hidden, with a way to show it', async () => {
    installHarbor(unlockHandlers());
    const input = await unlockScreen();
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(input.type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Hide passphrase' }));
    expect(input.type).toBe('password');
  });

  it('says a wrong passphrase in plain words, keeps it and selects it', async () => {
    harbor = installHarbor(unlockHandlers());
    const input = await unlockScreen();
    fireEvent.change(input, { target: { value: 'the wrong passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("That passphrase doesn't open this vault.");
    expect(input.value).toBe('the wrong passphrase');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'the wrong passphrase'.length]);
    expect(harbor.callsTo('vault:unlock')).toEqual([{ passphrase: 'the wrong passphrase' }]);
  });

  it('announces the same error again on a second wrong try', async () => {
    installHarbor(unlockHandlers());
    const input = await unlockScreen();
    fireEvent.change(input, { target: { value: 'wrong once' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    const first = await screen.findByRole('alert');
    fireEvent.change(input, { target: { value: 'wrong twice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(first));
  });

  it('shows progress and waits while the key is derived, then opens the library', async () => {
    const gate = deferred<void>();
    installHarbor(unlockHandlers(gate.promise));
    const input = await unlockScreen();
    fireEvent.change(input, { target: { value: RIGHT } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));

    const progress = await screen.findByRole('progressbar', { name: 'Opening your vault…' });
    expect(progress.hasAttribute('aria-valuenow')).toBe(false);
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => gate.resolve());

    await findHeading('Library');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lock' })).toBeTruthy();
  });

  it('with no wait owed, a busy computer whose clock ticks between readings does not make the person wait', async () => {
    // Every reading of the clock a millisecond later than the one before, as on a loaded machine.
    let clock = Date.now();
    const ticking = vi.spyOn(Date, 'now').mockImplementation(() => ++clock);
    try {
      const gate = deferred<void>();
      installHarbor(unlockHandlers(gate.promise));
      const input = await unlockScreen();
      await waitFor(() => expect(document.activeElement).toBe(input));
      expect(screen.queryByTestId('attempt-wait')).toBeNull();
      fireEvent.change(input, { target: { value: RIGHT } });
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByRole('progressbar', { name: 'Opening your vault…' });
      expect(document.body.textContent).not.toContain('You can try again now.');
      await act(async () => gate.resolve());
      await findHeading('Library');
    } finally {
      ticking.mockRestore();
    }
  });

  it('never writes the passphrase into the HTML (value attribute)', async () => {
    installHarbor(unlockHandlers());
    const input = await unlockScreen();
    fireEvent.change(input, { target: { value: 'secret words here' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(input.value).toBe('secret words here');
    expect(input.getAttribute('value')).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('secret words here');
  });

  it('asks for the passphrase before calling the main process when nothing is typed', async () => {
    harbor = installHarbor(unlockHandlers());
    await unlockScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type your passphrase first.');
    expect(harbor.callsTo('vault:unlock')).toEqual([]);
  });

  it('says the error in Spanish when Harbor speaks Spanish', async () => {
    renderApp(unlockHandlers(), { language: 'es' });
    await findHeading('Qué bueno verte de nuevo');
    fireEvent.change(screen.getByLabelText('Frase de contraseña'), { target: { value: 'no es esta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Desbloquear' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Esa frase de contraseña no abre esta bóveda.');
  });

  it('says any error from the main process in Spanish, not only the common ones', async () => {
    renderApp(
      {
        'vault:status': () => ok(locked),
        'vault:unlock': () => failWith(new HarborError('integrity', 'vault.headerDamaged')),
      },
      { language: 'es' },
    );
    await findHeading('Qué bueno verte de nuevo');
    fireEvent.change(screen.getByLabelText('Frase de contraseña'), { target: { value: 'la frase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Desbloquear' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'El archivo principal de esta bóveda está dañado o se cambió fuera de Harbor, así que Harbor no puede abrirla con seguridad. Una copia de seguridad puede recuperar la bóveda.',
    );
  });
});

describe('recover', () => {
  const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB';
  const NEW_KEY = 'WXYZ-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX';

  function recoverHandlers() {
    return {
      'vault:status': () => ok(locked),
      'vault:recover': ({ recoveryKey }: { recoveryKey: string }) =>
        recoveryKey === KEY
          ? ok({ status: unlocked(true), recoveryKey: NEW_KEY })
          : fail('wrong_recovery_key', 'vault.wrongRecoveryKey'),
    };
  }

  async function recoverScreen() {
    render(<App />);
    await findHeading('Welcome back');
    fireEvent.click(screen.getByRole('button', { name: 'Forgot your passphrase?' }));
    await findHeading('Use your recovery key');
  }

  it('opens the vault with the recovery key and a new passphrase', async () => {
    const harbor = installHarbor(recoverHandlers());
    await recoverScreen();
    fireEvent.change(screen.getByLabelText('Recovery key'), { target: { value: `  ${KEY}  ` } });
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'a brand new sentence' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'a brand new sentence' } });
    expect(screen.getByText(/Strength:/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open with recovery key' }));
    // The key just used no longer works: the new one is shown once, and the app waits until it is kept.
    await findHeading('Your new recovery key');
    expect(screen.getByText(/the recovery key you just used no longer works/)).toBeTruthy();
    expect(screen.getByTestId('recovery-key').textContent?.replace(/\s/g, '')).toBe(NEW_KEY.replace(/-/g, ''));
    const proceed = screen.getByRole('button', { name: 'Continue' });
    expect((proceed as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I have put it somewhere safe'));
    fireEvent.click(proceed);
    await findHeading('Library');
    expect(harbor.callsTo('vault:recover')).toEqual([{ recoveryKey: KEY, next: 'a brand new sentence' }]);
  });

  it('says when the recovery key is wrong, on the key field', async () => {
    installHarbor(recoverHandlers());
    await recoverScreen();
    const keyField = screen.getByLabelText('Recovery key');
    fireEvent.change(keyField, { target: { value: 'WXYZ WXYZ WXYZ WXYZ WXYZ WXYZ WXYZ WXYZ' } });
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'a brand new sentence' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'a brand new sentence' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open with recovery key' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/That recovery key doesn't open this vault/);
    expect(keyField.getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(keyField);
  });

  it('points out an incomplete key without asking the main process', async () => {
    const harbor = installHarbor(recoverHandlers());
    await recoverScreen();
    fireEvent.change(screen.getByLabelText('Recovery key'), { target: { value: 'ABCD-EFGH-JKMN' } });
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'a brand new sentence' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'a brand new sentence' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open with recovery key' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "That doesn't look like a whole recovery key yet. It has 32 letters and numbers, in groups of four.",
    );
    expect(harbor.callsTo('vault:recover')).toEqual([]);
  });

  it('goes back to unlock', async () => {
    installHarbor(recoverHandlers());
    await recoverScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Back to unlock' }));
    await findHeading('Welcome back');
  });
});
