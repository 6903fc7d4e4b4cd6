import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EraseCause } from '../../shared/ipc/contract-safety';
import { fail, ok } from '../../shared/ipc/result';
import { locked } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

useAppScreens();

type Lang = 'en' | 'es';
const SCREEN = {
  en: {
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    heading: 'This vault has been erased',
    notes: 'These notes have been erased',
  },
  es: {
    passphrase: 'Frase de contraseña',
    unlock: 'Desbloquear',
    heading: 'Esta bóveda se ha borrado',
    notes: 'Estas notas se han borrado',
  },
} as const;

/** The sentence that says why, for each cause main reports (none: older attempts of unknown kind). */
const WHY: Record<Lang, Record<'plain' | 'notes', Record<EraseCause | 'none', string>>> = {
  en: {
    plain: {
      passphrases:
        'It was set to erase itself after too many wrong passphrases, and that has now happened. What was in it cannot be opened again.',
      'recovery-keys':
        'It was set to erase itself after too many wrong recovery keys, and that has now happened. What was in it cannot be opened again.',
      both: 'It was set to erase itself after too many wrong tries, and wrong passphrases and recovery keys together reached that number. What was in it cannot be opened again.',
      none: 'It was set to erase itself after too many wrong tries, and that has now happened. What was in it cannot be opened again.',
    },
    notes: {
      passphrases:
        'They were set to erase themselves after too many wrong passphrases, and that has now happened. What was in them cannot be opened again.',
      'recovery-keys':
        'They were set to erase themselves after too many wrong recovery keys, and that has now happened. What was in them cannot be opened again.',
      both: 'They were set to erase themselves after too many wrong tries, and wrong passphrases and recovery keys together reached that number. What was in them cannot be opened again.',
      none: 'They were set to erase themselves after too many wrong tries, and that has now happened. What was in them cannot be opened again.',
    },
  },
  es: {
    plain: {
      passphrases:
        'Estaba configurada para borrarse después de demasiadas frases de contraseña equivocadas, y eso acaba de ocurrir. Lo que contenía ya no se puede abrir.',
      'recovery-keys':
        'Estaba configurada para borrarse después de demasiadas claves de recuperación equivocadas, y eso acaba de ocurrir. Lo que contenía ya no se puede abrir.',
      both: 'Estaba configurada para borrarse después de demasiados intentos equivocados, y entre frases de contraseña y claves de recuperación equivocadas se llegó a ese número. Lo que contenía ya no se puede abrir.',
      none: 'Estaba configurada para borrarse después de demasiados intentos equivocados, y eso acaba de ocurrir. Lo que contenía ya no se puede abrir.',
    },
    notes: {
      passphrases:
        'Estaban configuradas para borrarse después de demasiadas frases de contraseña equivocadas, y eso acaba de ocurrir. Lo que contenían ya no se puede abrir.',
      'recovery-keys':
        'Estaban configuradas para borrarse después de demasiadas claves de recuperación equivocadas, y eso acaba de ocurrir. Lo que contenían ya no se puede abrir.',
      both: 'Estaban configuradas para borrarse después de demasiados intentos equivocados, y entre frases de contraseña y claves de recuperación equivocadas se llegó a ese número. Lo que contenían ya no se puede abrir.',
      none: 'Estaban configuradas para borrarse después de demasiados intentos equivocados, y eso acaba de ocurrir. Lo que contenían ya no se puede abrir.',
    },
  },
};

/** A wrong passphrase on the lock screen that reaches the limit, main putting the erase down to `cause`. */
async function erasedFromLockScreen(lang: Lang, cause: EraseCause | 'none', disguise: boolean) {
  const details = cause === 'none' ? { erased: true } : { erased: true, erasedBy: cause };
  renderApp(
    {
      'vault:status': () => ok(locked),
      'vault:unlock': () =>
        fail('wrong_passphrase', { key: 'vault.erasedAfterWrongPassphrase', params: { count: 5 } }, details),
    },
    { language: lang, disguise },
  );
  fireEvent.change(await screen.findByLabelText(SCREEN[lang].passphrase), { target: { value: 'a guess' } });
  fireEvent.click(screen.getByRole('button', { name: SCREEN[lang].unlock }));
  await findHeading(disguise ? SCREEN[lang].notes : SCREEN[lang].heading);
}

const CAUSES = ['passphrases', 'recovery-keys', 'both', 'none'] as const;

describe.each(['en', 'es'] as const)('the erased screen says what the wrong attempts were (%s)', (lang) => {
  it.each(CAUSES)('%s', async (cause) => {
    await erasedFromLockScreen(lang, cause, false);
    expect(screen.getByText(WHY[lang].plain[cause])).toBeTruthy();
  });

  it.each(CAUSES)('%s, disguised', async (cause) => {
    await erasedFromLockScreen(lang, cause, true);
    expect(screen.getByText(WHY[lang].notes[cause])).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/vault|harbor|bóveda/i);
  });
});

describe('reached from the recovery screen', () => {
  it('a wrong recovery key that ends a run of wrong recovery keys blames recovery keys, not passphrases', async () => {
    renderApp({
      'vault:status': () => ok(locked),
      'vault:recover': () =>
        fail(
          'wrong_recovery_key',
          { key: 'vault.erasedAfterWrongSecret', params: { count: 5 } },
          { erased: true, erasedBy: 'recovery-keys' },
        ),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Forgot your passphrase?' }));
    fireEvent.change(await screen.findByLabelText('Recovery key'), { target: { value: 'ABCD'.repeat(8) } });
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'seven gulls over the pier' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'seven gulls over the pier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open with recovery key' }));
    await findHeading(SCREEN.en.heading);
    expect(screen.getByText(WHY.en.plain['recovery-keys'])).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/passphrases/);
  });
});
