import { createHash } from 'node:crypto';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SafetyStatus } from '../../shared/ipc/contract-safety';
import { fail, ok } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { loadEstimator } from '../../shared/passphrase-estimator';
import { registerBeforeLock } from '../../renderer/src/platform/lock';
import { installHarbor, locked, unlocked, type Handlers } from './harbor-stub';
import { useLoadedScreens } from './lazy-screens';

const PASS = 'my current passphrase';

useLoadedScreens();
beforeAll(async () => {
  initI18n('en');
  // The strength meter's word lists load on first use: once here, not in the middle of a test.
  await loadEstimator();
}, 60_000);
beforeEach(() => {
  setLanguage('en');
  document.documentElement.classList.remove('quick-exit');
});

const status =
  (over: Partial<SafetyStatus> = {}, attempts: Partial<SafetyStatus['attempts']> = {}) =>
  () =>
    ok({ neutralScreen: false, ...over, attempts: { failures: 0, retryInMs: 0, eraseAfter: null, ...attempts } });

async function library(extra: Handlers = {}, prefs = {}) {
  const order: string[] = [];
  const harbor = installHarbor(
    {
      'vault:status': () => ok(unlocked()),
      'safety:quick-exit': () => {
        order.push('quick-exit');
        return ok(undefined);
      },
      ...extra,
    },
    prefs,
  );
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Library' });
  return { harbor, order };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('quick exit', () => {
  it('sits beside Lock in the header; saves pending text, then hides and asks the main process to exit', async () => {
    const { order } = await library();
    const unregister = registerBeforeLock(async () => {
      await new Promise((r) => setTimeout(r, 10));
      order.push('saved');
    });
    const button = screen.getByRole('button', { name: 'Quick exit' });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Lock' })).toBeTruthy();
    expect(screen.getByRole('banner').contains(button)).toBe(true);
    expect(button.getAttribute('title')).toContain('Escape three times');
    fireEvent.click(button);
    // Hidden before anything else happens.
    expect(document.documentElement.classList.contains('quick-exit')).toBe(true);
    await waitFor(() => expect(order).toEqual(['saved', 'quick-exit']));
    unregister();
  });

  it('shows Harbor again if it could not lock, rather than a blank window', async () => {
    await library({ 'safety:quick-exit': () => fail('io', 'vault.io') });
    fireEvent.click(screen.getByRole('button', { name: 'Quick exit' }));
    await waitFor(() => expect(document.documentElement.classList.contains('quick-exit')).toBe(false));
  });

  it('starts on Escape pressed three times, even from inside a text field, but not when another key comes between', async () => {
    const { order } = await library();
    const target = screen.getByRole('button', { name: 'Quick exit' });
    fireEvent.keyDown(target, { key: 'Escape' });
    fireEvent.keyDown(target, { key: 'Escape' });
    fireEvent.keyDown(target, { key: 'a' });
    fireEvent.keyDown(target, { key: 'Escape' });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    fireEvent.keyDown(target, { key: 'Escape' });
    fireEvent.keyDown(target, { key: 'Escape' });
    await waitFor(() => expect(order).toEqual(['quick-exit']));
  });

  it('uses the shortcut chosen in Settings instead', async () => {
    const { order } = await library({}, { quickExitShortcut: 'ctrl-shift-q' });
    for (let i = 0; i < 3; i++) fireEvent.keyDown(document.body, { key: 'Escape' });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    fireEvent.keyDown(document.body, { key: 'Q', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(order).toEqual(['quick-exit']));
  });

  it('works from the lock screen too', async () => {
    const order: string[] = [];
    installHarbor({
      'vault:status': () => ok(locked),
      'safety:quick-exit': () => {
        order.push('quick-exit');
        return ok(undefined);
      },
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    for (let i = 0; i < 3; i++) fireEvent.keyDown(screen.getByLabelText('Passphrase'), { key: 'Escape' });
    await waitFor(() => expect(order).toEqual(['quick-exit']));
  });

  it('leaves an empty notes page that says nothing about Harbor and offers no way back to it', async () => {
    const harbor = installHarbor({
      'vault:status': () => ok(locked),
      'safety:status': status({ neutralScreen: true }),
      'safety:leave-neutral': () => ok(undefined),
    });
    render(<App />);
    const page = await screen.findByTestId('neutral-screen');
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Notes');
    expect(document.body.textContent).toContain('No notes yet.');
    expect(document.body.textContent).not.toMatch(/harbor|passphrase|vault/i);
    expect(document.title).toBe('Notes');
    // Nothing to press or follow: no "Back", no link, nothing that leads to the lock screen.
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    for (const key of ['Escape', 'Enter', 'Backspace']) fireEvent.keyDown(page, { key });
    expect(screen.queryByRole('heading', { name: 'Welcome back' })).toBeNull();
    expect(harbor.callsTo('safety:leave-neutral')).toEqual([]);
  });
});

describe('copying', () => {
  it('tells the main process a fingerprint of what was copied, never the text', async () => {
    const { harbor } = await library({ 'safety:copied': () => ok(undefined) });
    const event = new Event('copy', { bubbles: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'Maria lives on Elm Street' } });
    act(() => {
      document.body.dispatchEvent(event);
    });
    await waitFor(() =>
      expect(harbor.callsTo('safety:copied')).toEqual([{ sha256: sha256('Maria lives on Elm Street') }]),
    );
    expect(JSON.stringify(harbor.calls)).not.toContain('Elm Street');
  });
});

describe('disguise', () => {
  it('names the lock screen and the page "Notes", with nothing that says Harbor', async () => {
    installHarbor({ 'vault:status': () => ok(locked) }, { disguise: true });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    expect(screen.getByTestId('app-brand').textContent).toBe('Notes');
    expect(document.title).toBe('Notes');
    expect(document.body.textContent).not.toMatch(/harbor/i);
    expect(screen.queryByRole('button', { name: 'Safety guide' })).toBeNull();
  });

  it('in Spanish too', async () => {
    installHarbor(
      {
        'vault:status': () => ok(locked),
        'vault:unlock': () => fail('wrong_passphrase', 'vault.wrongPassphrase'),
        'safety:status': status({}, { failures: 1, eraseAfter: 5 }),
      },
      { disguise: true, language: 'es' },
    );
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Qué bueno verte de nuevo' });
    expect(screen.getByTestId('app-brand').textContent).toBe('Notas');
    expect(screen.getByText('Escribe tu frase de contraseña para abrir tus notas.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Frase de contraseña'), { target: { value: 'otra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Desbloquear' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Esa frase de contraseña no abre estas notas.');
    await screen.findByText(/Estas notas están configuradas para borrarse después de 4 intentos/);
    expect(document.body.textContent).not.toMatch(/harbor|bóveda/i);
  });

  it('the lock and recovery screens never say "vault" or Harbor, even after a wrong try', async () => {
    installHarbor(
      {
        'vault:status': () => ok(locked),
        'vault:unlock': () => fail('wrong_passphrase', 'vault.wrongPassphrase'),
        'vault:recover': () => fail('wrong_recovery_key', 'vault.wrongRecoveryKey'),
        'safety:status': status({}, { failures: 4, eraseAfter: 5 }),
      },
      { disguise: true },
    );
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    expect(screen.getByText('Type your passphrase to open your notes.')).toBeTruthy();
    await screen.findByText('These notes are set to erase themselves after one more wrong try.');
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'a guess' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe("That passphrase doesn't open these notes.");
    expect(document.body.textContent).not.toMatch(/harbor|vault/i);

    fireEvent.click(screen.getByRole('button', { name: 'Forgot your passphrase?' }));
    await screen.findByRole('heading', { level: 1, name: 'Use your recovery key' });
    fireEvent.change(screen.getByLabelText('Recovery key'), { target: { value: 'ABCD'.repeat(8) } });
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'seven gulls over the pier' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'seven gulls over the pier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open with recovery key' }));
    await screen.findByText(
      "That recovery key doesn't open these notes. Check each group of letters and numbers and try again.",
    );
    expect(document.body.textContent).not.toMatch(/harbor|vault/i);
  });

  interface RecoverWords {
    forgot: string;
    key: string;
    fresh: string;
    again: string;
    submit: string;
  }
  async function recoverWithoutAKey(prefs: Record<string, unknown>, names: RecoverWords) {
    installHarbor(
      {
        'vault:status': () => ok(locked),
        'vault:recover': () => fail('wrong_recovery_key', 'vault.noRecoveryKey'),
      },
      prefs,
    );
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: names.forgot }));
    fireEvent.change(await screen.findByLabelText(names.key), { target: { value: 'ABCD'.repeat(8) } });
    fireEvent.change(screen.getByLabelText(names.fresh), { target: { value: 'seven gulls over the pier' } });
    fireEvent.change(screen.getByLabelText(names.again), { target: { value: 'seven gulls over the pier' } });
    fireEvent.click(screen.getByRole('button', { name: names.submit }));
    return (await screen.findByRole('alert')).textContent;
  }

  it('a vault made without a recovery key says so and points back to the passphrase, disguised or not', async () => {
    const en = {
      forgot: 'Forgot your passphrase?',
      key: 'Recovery key',
      fresh: 'New passphrase',
      again: 'Type it again',
      submit: 'Open with recovery key',
    };
    expect(await recoverWithoutAKey({ disguise: true }, en)).toBe(
      'These notes were set up without a recovery key, so only their passphrase can open them. Nothing has changed: choose "Back to unlock" and try your passphrase again.',
    );
    expect(document.body.textContent).not.toMatch(/harbor|vault|check each group/i);
  });

  it('without the disguise, and in Spanish, the same way forward', async () => {
    const es = {
      forgot: '¿Olvidaste tu frase de contraseña?',
      key: 'Clave de recuperación',
      fresh: 'Nueva frase de contraseña',
      again: 'Escríbela otra vez',
      submit: 'Abrir con la clave de recuperación',
    };
    expect(await recoverWithoutAKey({ language: 'es' }, es)).toBe(
      'Esta bóveda se creó sin clave de recuperación, así que solo su frase de contraseña puede abrirla. No ha cambiado nada: elige «Volver a desbloquear» y vuelve a intentarlo con tu frase de contraseña.',
    );
  });

  it('the lock screen shows the real name and the guide when the disguise is off', async () => {
    installHarbor({ 'vault:status': () => ok(locked) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    expect(screen.getByTestId('app-brand').textContent).toBe('Harbor');
    fireEvent.click(screen.getByRole('button', { name: 'Safety guide' }));
    await screen.findByRole('heading', { level: 1, name: 'Safety guide' });
    expect(screen.getByText(/Someone watching your screen/)).toBeTruthy();
  });
});

describe('wrong passphrases on the lock screen', () => {
  it('counts down to the next try, with the button waiting, and says when to try again', async () => {
    installHarbor({ 'vault:status': () => ok(locked), 'safety:status': status({}, { failures: 5, retryInMs: 1_800 }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    expect((await screen.findByTestId('attempt-wait')).textContent).toBe('You can try again in 2 seconds.');
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByText(/there is a short wait/)).toBeTruthy());
    await waitFor(() => expect(screen.queryByTestId('attempt-wait')).toBeNull(), { timeout: 3_000 });
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
    expect(await screen.findByText('You can try again now.')).toBeTruthy();
  });

  it('says how many tries are left when erasing is on', async () => {
    installHarbor({ 'vault:status': () => ok(locked), 'safety:status': status({}, { failures: 4, eraseAfter: 5 }) });
    render(<App />);
    expect(await screen.findByText('This vault is set to erase itself after one more wrong try.')).toBeTruthy();
  });

  it('says plainly when the vault was erased, and how to go on', async () => {
    installHarbor({
      'vault:status': () => ok(locked),
      'vault:unlock': () => fail('wrong_passphrase', 'vault.wrongPassphrase', { erased: true }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'not it at all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { level: 1, name: 'This vault has been erased' });
    expect(screen.getByText(/restore it/)).toBeTruthy();
  });
});

describe('safety settings and guide', () => {
  async function openSection(name: string, extra: Handlers = {}) {
    const result = await library(extra);
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name }));
    await screen.findByRole('heading', { level: 1, name });
    return result;
  }

  it('lists the Safety guide last in the rail', async () => {
    await library();
    const items = within(screen.getByRole('navigation')).getAllByRole('button');
    expect(items.at(-1)!.textContent).toBe('Safety guide');
    fireEvent.click(items.at(-1)!);
    await screen.findByRole('heading', { level: 1, name: 'Safety guide' });
    expect(screen.getByRole('heading', { level: 2, name: 'Where the real name still shows' })).toBeTruthy();
  });

  it('turns the disguise on at once, and saves the quick exit and focus-lock choices', async () => {
    const { harbor } = await openSection('Settings');
    fireEvent.click(screen.getByLabelText('Show "Notes" instead of the real name'));
    await waitFor(() => expect(screen.getByTestId('app-brand').textContent).toBe('Notes'));
    // Disguised at once, Settings too speaks of Notes.
    expect(screen.getByRole('option', { name: 'Close Notes' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('After a quick exit'), { target: { value: 'close' } });
    fireEvent.change(screen.getByLabelText('Quick exit shortcut'), { target: { value: 'ctrl-shift-q' } });
    fireEvent.change(screen.getByLabelText('Lock when you switch away from Notes'), { target: { value: '30' } });
    await waitFor(() =>
      expect(harbor.callsTo('prefs:set')).toEqual([
        { disguise: true },
        { quickExitAction: 'close' },
        { quickExitShortcut: 'ctrl-shift-q' },
        { lockOnBlurSeconds: 30 },
      ]),
    );
    expect(screen.getByRole('button', { name: 'Quick exit' }).getAttribute('aria-keyshortcuts')).toBe(
      'Control+Shift+Q',
    );
    fireEvent.change(screen.getByLabelText('Lock when you switch away from Notes'), { target: { value: 'off' } });
    await waitFor(() => expect(harbor.callsTo('prefs:set').at(-1)).toEqual({ lockOnBlurSeconds: null }));
  });

  it('erase after N: off by default, explained, needs the passphrase to turn on but not to turn off', async () => {
    let eraseAfter: number | null = null;
    const { harbor } = await openSection('Settings', {
      'safety:status': () => ok({ neutralScreen: false, attempts: { failures: 0, retryInMs: 0, eraseAfter } }),
      'safety:set-erase-after': (request) => {
        if (request.limit !== null && request.passphrase !== PASS)
          return fail('wrong_passphrase', 'vault.wrongPassphrase');
        eraseAfter = request.limit;
        return ok({ failures: 0, retryInMs: 0, eraseAfter });
      },
    });
    const region = await screen.findByRole('region', {
      name: 'Erase this vault after too many wrong tries',
    });
    const select = within(region).getByLabelText('Erase this vault after too many wrong tries') as HTMLSelectElement;
    expect(select.value).toBe('off');
    expect(within(region).getByText(/you could lose everything by mistyping too often/)).toBeTruthy();
    // The short name counts "tries"; the explanation says that wrong recovery keys are tries too.
    expect(within(region).getByText(/wrong recovery keys count too/)).toBeTruthy();

    fireEvent.change(select, { target: { value: '10' } });
    expect(harbor.callsTo('safety:set-erase-after')).toEqual([]);
    fireEvent.change(within(region).getByLabelText('Your current passphrase'), { target: { value: 'a guess' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Turn on' }));
    expect((await within(region).findByRole('alert')).textContent).toBe("That passphrase doesn't open this vault.");
    expect(eraseAfter).toBeNull();

    fireEvent.change(within(region).getByLabelText('Your current passphrase'), { target: { value: PASS } });
    fireEvent.click(within(region).getByRole('button', { name: 'Turn on' }));
    await within(region).findByText('This vault will be erased after 10 wrong tries in a row.');
    expect(eraseAfter).toBe(10);
    expect(select.value).toBe('10');

    fireEvent.change(select, { target: { value: 'off' } });
    await within(region).findByText(/Erasing is off/);
    expect(harbor.callsTo('safety:set-erase-after').at(-1)).toEqual({ limit: null });
    expect(eraseAfter).toBeNull();
  });
});
