import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { deferred, installHarbor, noVault, unlocked, type HarborStub } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

const KEY = 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789';
const PASSPHRASE = 'a quiet river at dawn';

useAppScreens();

async function heading(name: string | RegExp) {
  const h = await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => expect(document.activeElement).toBe(h));
  return h;
}

function typeInto(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function throughToDisguise() {
  render(<App />);
  await welcomeToDisguise();
}

/** From the welcome, already shown, to the disguise step. */
async function welcomeToDisguise() {
  await heading('Welcome to Harbor');
  fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
  await heading('Before you begin');
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('A less noticeable name, if you want one');
}

async function throughToPassphrase() {
  await throughToDisguise();
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('Choose a passphrase');
}

/** The same passphrase typed twice and accepted. */
async function throughToRecoveryOffer() {
  await throughToPassphrase();
  typeInto('New passphrase', PASSPHRASE);
  typeInto('Type it again', PASSPHRASE);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('A recovery key, if you want one');
}

function vaultHandlers(recoveryKey: string | null, gate?: Promise<void>) {
  return {
    'vault:status': () => ok(noVault),
    'vault:create': async () => {
      await gate;
      return ok({ recoveryKey });
    },
  } as const;
}

describe('first run', () => {
  let harbor: HarborStub;

  it('starts with the language, switches at once and saves the choice', async () => {
    harbor = renderApp(vaultHandlers(null));
    await heading('Welcome to Harbor');
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Español'));
    await findHeading('Te damos la bienvenida a Harbor');
    expect(harbor.callsTo('prefs:set')).toEqual([{ language: 'es' }]);
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('button', { name: 'Comenzar' })).toBeTruthy();
    // Each language is named in itself, marked with its own language for screen readers.
    expect(screen.getByText('English').getAttribute('lang')).toBe('en');
    expect(screen.getByText('Español').getAttribute('lang')).toBe('es');
  });

  it('says plainly what Harbor can and cannot protect against, and lets you go back', async () => {
    renderApp(vaultHandlers(null));
    await heading('Welcome to Harbor');
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    await heading('Before you begin');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Harbor encrypts your words on this computer and never uses the internet.',
      'It cannot protect you from someone watching your screen, or from spyware or keyloggers on this computer.',
      'Testimony you submit to lawmakers usually becomes public record.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Welcome to Harbor');
  });

  it('offers the neutral name after the safety lines, applies it at once and saves it', async () => {
    harbor = renderApp(vaultHandlers(null));
    await heading('Welcome to Harbor');
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    await heading('Before you begin');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('A less noticeable name, if you want one');
    expect(screen.getByText('Step 3 of 5')).toBeTruthy();
    expect(screen.getByText(/You can change it any time in Settings/)).toBeTruthy();
    expect((screen.getByLabelText('Keep the name Harbor') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('app-brand').textContent).toBe('Harbor');

    fireEvent.click(screen.getByLabelText('Show "Notes" instead'));
    await waitFor(() => expect(screen.getByTestId('app-brand').textContent).toBe('Notes'));
    expect(document.title).toBe('Notes');
    expect(harbor.callsTo('prefs:set')).toEqual([{ disguise: true }]);

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Choose a passphrase');
    expect(screen.getByTestId('app-brand').textContent).toBe('Notes');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('A less noticeable name, if you want one');
    expect((screen.getByLabelText('Show "Notes" instead') as HTMLInputElement).checked).toBe(true);
  });

  it('links the safety guide from the first-run safety lines', async () => {
    renderApp(vaultHandlers(null));
    await heading('Welcome to Harbor');
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    await heading('Before you begin');
    fireEvent.click(screen.getByRole('button', { name: 'Safety guide' }));
    await heading('Safety guide');
    expect(screen.getByRole('heading', { level: 2, name: 'What Harbor cannot protect against' })).toBeTruthy();
    expect(screen.getByText(/Spyware, keyloggers or monitoring software/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Before you begin');
  });

  it('explains a passphrase that is too short, linked to the field and announced', async () => {
    installHarbor(vaultHandlers(null));
    await throughToPassphrase();
    expect(screen.getByText(/no one — not even Harbor — can open your words again/)).toBeTruthy();
    typeInto('New passphrase', 'too short');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Use at least 10 characters. You have 9 so far.');
    const field = screen.getByLabelText('New passphrase');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    expect(document.activeElement).toBe(field);
  });

  it('asks for the same passphrase twice', async () => {
    installHarbor(vaultHandlers(null));
    await throughToPassphrase();
    typeInto('New passphrase', PASSPHRASE);
    typeInto('Type it again', 'a quiet river at dusk');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not the same yet/);
    expect(document.activeElement).toBe(screen.getByLabelText('Type it again'));
  });

  it('creates the vault with a recovery key, shows it once without a Copy button, then the library', async () => {
    const gate = deferred<void>();
    harbor = installHarbor(vaultHandlers(KEY, gate.promise));
    await throughToRecoveryOffer();
    expect(screen.getByText(/You can skip it and create a recovery key later in Settings/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Create a recovery key' }));
    const progress = await screen.findByRole('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBeNull();
    expect(screen.getByText('Creating your vault…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Create a recovery key' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => gate.resolve());

    await heading('Your recovery key');
    expect(harbor.callsTo('vault:create')).toEqual([{ passphrase: PASSPHRASE, recoveryKey: true }]);
    const block = screen.getByTestId('recovery-key');
    expect([...block.querySelectorAll('.recovery-key__group')].map((g) => g.textContent!.trim())).toEqual(
      KEY.split('-'),
    );
    // Two even lines of four groups: the layout never splits the key 6 + 2.
    expect([...block.querySelectorAll('.recovery-key__line')].map((l) => l.children.length)).toEqual([4, 4]);
    expect(screen.getByText(/Anyone who finds a printed or saved copy/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /copy/i })).toBeNull();

    const next = screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I have put it somewhere safe'));
    expect(next.disabled).toBe(false);
    fireEvent.click(next);

    await heading('Library');
    expect(await screen.findByText('Your stories will appear here.')).toBeTruthy();
    expect(screen.queryByTestId('recovery-key')).toBeNull();
    expect(document.body.textContent).not.toContain('ABCD');
  });

  it('can skip the recovery key and go straight to the library', async () => {
    harbor = installHarbor(vaultHandlers(null));
    await throughToRecoveryOffer();
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await heading('Library');
    expect(harbor.callsTo('vault:create')).toEqual([{ passphrase: PASSPHRASE, recoveryKey: false }]);
  });

  it('keeps the chosen passphrase when going back from the recovery key offer', async () => {
    installHarbor(vaultHandlers(null));
    await throughToRecoveryOffer();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Choose a passphrase');
    expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value).toBe(PASSPHRASE);
  });

  it('says what went wrong if the vault cannot be created, and keeps the choice open', async () => {
    installHarbor({
      'vault:status': () => ok(noVault),
      'vault:create': () => ({
        ok: false,
        error: {
          code: 'io',
          message: 'Harbor could not write to its folder. Nothing was lost.',
          messageKey: 'vault.io',
        },
      }),
    });
    await throughToRecoveryOffer();
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Harbor couldn't read or write the vault's files just now. Everything you saved before is safe. Please try again.",
    );
    expect((screen.getByRole('button', { name: 'Skip for now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so when the disguise could not be saved, since the next start could then show the real name', async () => {
    renderApp({ ...vaultHandlers(null), 'prefs:set': () => fail('io', 'vault.io') });
    await welcomeToDisguise();
    fireEvent.click(screen.getByLabelText('Show "Notes" instead'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "That choice couldn't be saved, so the next start could show the real name. Choose again to try once more.",
    );
  });

  it('goes to the unlocked app when a vault is already open', async () => {
    renderApp({ 'vault:status': () => ok(unlocked()) });
    await heading('Library');
  });
});

describe('a first run left after choosing the disguise', () => {
  /** Nothing on the screen or in the page title may name Harbor. */
  const neverNamed = () => {
    expect(document.body.textContent).not.toMatch(/harbor/i);
    expect(document.title).not.toMatch(/harbor/i);
  };

  it.each([
    [
      'en',
      [
        'Welcome',
        'Get started',
        'Before you begin',
        'Continue',
        'A less noticeable name, if you want one',
        'Show "Notes" instead',
        'Choose a passphrase',
        'A recovery key, if you want one',
      ],
      'Notes',
    ],
    [
      'es',
      [
        'Te damos la bienvenida',
        'Comenzar',
        'Antes de empezar',
        'Continuar',
        'Un nombre más discreto, si lo quieres',
        'Mostrar "Notas" en su lugar',
        'Elige una frase de contraseña',
        'Una clave de recuperación, si la quieres',
      ],
      'Notas',
    ],
  ] as const)(
    'starts disguised next time, in %s, on every step before the vault exists',
    async (language, words, name) => {
      const [welcome, start, about, next, disguise, useNeutral, passphrase, offer] = words;
      setLanguage(language);
      const harbor = installHarbor(vaultHandlers(null), { language });
      const first = render(<App />);
      await heading(welcome === 'Welcome' ? 'Welcome to Harbor' : 'Te damos la bienvenida a Harbor');
      fireEvent.click(screen.getByRole('button', { name: start }));
      await heading(about);
      fireEvent.click(screen.getByRole('button', { name: next }));
      await heading(disguise);
      fireEvent.click(screen.getByLabelText(useNeutral));
      await waitFor(() => expect(harbor.prefs.disguise).toBe(true));
      // Harbor closes here, before a passphrase is chosen; the saved preferences are all that remain.
      first.unmount();

      render(<App />);
      await heading(welcome);
      expect(screen.getByTestId('app-brand').textContent).toBe(name);
      expect(document.title).toBe(name);
      expect(screen.getByText(/9\.9\.9/)).toBeTruthy();
      neverNamed();
      fireEvent.click(screen.getByRole('button', { name: start }));
      await heading(about);
      neverNamed();
      fireEvent.click(screen.getByRole('button', { name: next }));
      await heading(disguise);
      expect((screen.getByLabelText(useNeutral) as HTMLInputElement).checked).toBe(true);
      neverNamed();
      fireEvent.click(screen.getByRole('button', { name: next }));
      await heading(passphrase);
      neverNamed();
      typeInto(language === 'en' ? 'New passphrase' : 'Nueva frase de contraseña', PASSPHRASE);
      typeInto(language === 'en' ? 'Type it again' : 'Escríbela otra vez', PASSPHRASE);
      fireEvent.click(screen.getByRole('button', { name: next }));
      await heading(offer);
      neverNamed();
    },
  );
});
