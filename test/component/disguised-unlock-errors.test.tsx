import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ERROR_TEXT, type ErrorMessageKey } from '../../shared/error-text/error-catalog';
import type { ErrorCode } from '../../shared/errors';
import { ok, type IpcError, type Result } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { errorText } from '../../renderer/src/platform/error-text';
import { NotesMark } from '../../renderer/src/ui/NotesMark';
import { deferred, installHarbor, locked, noVault, unlocked, type HarborStub, type Handlers } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

/** Words that would tell someone watching the screen what the disguised app really is. */
const GIVEAWAY = /vault|harbor|stor(y|ies)|survivor|bóveda|historia|sobreviviente/i;
const PARAMS = { count: 3, max: 10, where: 'passphrase' };
const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB';
const FRESH = 'seven gulls over the pier';

useAppScreens();

type Lang = 'en' | 'es';
const WORDS = {
  en: {
    heading: 'Welcome back',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    forgot: 'Forgot your passphrase?',
    recoverHeading: 'Use your recovery key',
    key: 'Recovery key',
    fresh: 'New passphrase',
    again: 'Type it again',
    submit: 'Open with recovery key',
    stored: 'I have put it somewhere safe',
    erased: 'These notes have been erased',
    erasedPlain: 'This vault has been erased',
  },
  es: {
    heading: 'Qué bueno verte de nuevo',
    passphrase: 'Frase de contraseña',
    unlock: 'Desbloquear',
    forgot: '¿Olvidaste tu frase de contraseña?',
    recoverHeading: 'Usa tu clave de recuperación',
    key: 'Clave de recuperación',
    fresh: 'Nueva frase de contraseña',
    again: 'Escríbela otra vez',
    submit: 'Abrir con la clave de recuperación',
    stored: 'Ya la guardé en un lugar seguro',
    erased: 'Estas notas se han borrado',
    erasedPlain: 'Esta bóveda se ha borrado',
  },
} as const;

const err = (code: ErrorCode, messageKey?: ErrorMessageKey, details?: object): IpcError =>
  // The English `message` names Harbor on purpose: it is for logs and must never reach the screen.
  ({ code, message: 'Harbor could not open this vault.', messageKey, params: PARAMS, details }) as IpcError;

const keysOf = (area: 'vault' | 'request') =>
  Object.keys(ERROR_TEXT[area].en).map((k) => `${area}.${k}` as ErrorMessageKey);

/**
 * Every message the main process could answer these screens with (the vault's and the request
 * layer's, whatever their code), the codes that route an error to the key field, and an error with
 * no key at all (a call that failed in this window).
 */
const EVERY_ERROR: IpcError[] = [
  ...[...keysOf('vault'), ...keysOf('request')].map((key) => err('internal', key)),
  err('wrong_passphrase', 'vault.wrongPassphrase'),
  err('wrong_recovery_key', 'vault.wrongRecoveryKey'),
  err('wrong_recovery_key', 'vault.malformedRecoveryKey'),
  err('wrong_recovery_key', 'vault.noRecoveryKey'),
  err('invalid_input', 'request.notUnderstoodAt'),
  err('in_use', 'vault.inUse'),
  err('io', 'vault.diskFull'),
  err('internal'),
];

/** The errors these screens really meet: opening (busy, damaged, too new, missing, I/O) and recovering. */
const REACHABLE: IpcError[] = [
  err('in_use', 'vault.inUse'),
  err('integrity', 'vault.headerDamaged'),
  err('integrity', 'vault.kdfTooCostly'),
  err('weak_kdf', 'vault.weakKdf'),
  err('unsupported', 'vault.newerFormat'),
  err('not_found', 'vault.noVault'),
  err('io', 'vault.io'),
  err('io', 'vault.diskFull'),
  err('io', 'vault.notAllowed'),
  err('internal', 'vault.internal'),
  err('internal', 'request.internal'),
  err('invalid_input', 'request.notUnderstoodAt'),
  err('exists', 'vault.yoursAlreadyOpen'),
  err('wrong_recovery_key', 'vault.wrongRecoveryKey'),
  err('wrong_recovery_key', 'vault.malformedRecoveryKey'),
];

const failing =
  (errors: IpcError[]) =>
  (calls: { n: number }): Result<never> => ({ ok: false, error: errors[calls.n++ % errors.length]! });

/** Shows each error in turn on one screen and returns what the page said each time. */
async function sayEach(
  harbor: HarborStub,
  channel: 'vault:unlock' | 'vault:recover',
  count: number,
  submit: () => void,
): Promise<{ alert: string; page: string; title: string }[]> {
  const seen = [];
  for (let i = 0; i < count; i++) {
    submit();
    await waitFor(() => expect(harbor.callsTo(channel)).toHaveLength(i + 1));
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0));
    const alert = screen
      .getAllByRole('alert')
      .map((a) => a.textContent)
      .join(' ');
    seen.push({ alert, page: document.body.textContent ?? '', title: document.title });
  }
  return seen;
}

async function lockScreen(lang: Lang, errors: IpcError[], disguise: boolean) {
  const calls = { n: 0 };
  const harbor = renderApp(
    { 'vault:status': () => ok(locked), 'vault:unlock': () => failing(errors)(calls) },
    { disguise, language: lang },
  );
  await findHeading(WORDS[lang].heading);
  return sayEach(harbor, 'vault:unlock', errors.length, () => {
    fireEvent.change(screen.getByLabelText(WORDS[lang].passphrase), { target: { value: 'a guess' } });
    fireEvent.click(screen.getByRole('button', { name: WORDS[lang].unlock }));
  });
}

async function openRecovery(lang: Lang) {
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: WORDS[lang].forgot }));
  await findHeading(WORDS[lang].recoverHeading);
}

function fillRecovery(lang: Lang) {
  fireEvent.change(screen.getByLabelText(WORDS[lang].key), { target: { value: KEY } });
  fireEvent.change(screen.getByLabelText(WORDS[lang].fresh), { target: { value: FRESH } });
  fireEvent.change(screen.getByLabelText(WORDS[lang].again), { target: { value: FRESH } });
  fireEvent.click(screen.getByRole('button', { name: WORDS[lang].submit }));
}

async function recoveryScreen(lang: Lang, errors: IpcError[], disguise: boolean) {
  const calls = { n: 0 };
  const harbor = installHarbor(
    { 'vault:status': () => ok(locked), 'vault:recover': () => failing(errors)(calls) },
    { disguise, language: lang },
  );
  await openRecovery(lang);
  return sayEach(harbor, 'vault:recover', errors.length, () => fillRecovery(lang));
}

const giveaways = (seen: { alert: string; page: string; title: string }[]) =>
  seen.filter((s) => GIVEAWAY.test(s.page) || GIVEAWAY.test(s.title)).map((s) => s.alert);

describe.each(['en', 'es'] as const)('disguised lock and recovery screens (%s)', (lang) => {
  it('no error on the lock screen says what the app is', async () => {
    const seen = await lockScreen(lang, EVERY_ERROR, true);
    expect(giveaways(seen)).toEqual([]);
    // Each is said in words, not left blank.
    expect(seen.every((s) => s.alert.trim().length > 10)).toBe(true);
  }, 60_000);

  it('no error on the recovery screen says what the app is', async () => {
    const seen = await recoveryScreen(lang, EVERY_ERROR, true);
    expect(giveaways(seen)).toEqual([]);
    expect(seen.every((s) => s.alert.trim().length > 10)).toBe(true);
  }, 60_000);

  it('a busy, damaged or unreadable vault keeps its practical advice, in the disguise’s words', async () => {
    const seen = await lockScreen(lang, [err('in_use', 'vault.inUse'), err('io', 'vault.diskFull')], true);
    expect(seen.map((s) => s.alert)).toEqual(
      lang === 'en'
        ? [
            'These notes are open in another window or program. Close them there first.',
            "Your computer's disk is full. Everything you saved before is safe. Free some space and try again.",
          ]
        : [
            'Estas notas están abiertas en otra ventana o programa. Ciérralas allí primero.',
            'El disco de tu computadora está lleno. Todo lo que guardaste antes está a salvo. Libera espacio e inténtalo de nuevo.',
          ],
    );
  });

  it('the erase limit reached from the lock screen says "notes"', async () => {
    const erased = err('wrong_passphrase', 'vault.erasedAfterWrongPassphrase', { erased: true });
    renderApp(
      { 'vault:status': () => ok(locked), 'vault:unlock': () => ({ ok: false, error: erased }) },
      {
        disguise: true,
        language: lang,
      },
    );
    fireEvent.change(await screen.findByLabelText(WORDS[lang].passphrase), { target: { value: 'a guess' } });
    fireEvent.click(screen.getByRole('button', { name: WORDS[lang].unlock }));
    await findHeading(WORDS[lang].erased);
    expect(document.body.textContent).not.toMatch(GIVEAWAY);
    expect(document.title).not.toMatch(GIVEAWAY);
  });

  it('the erase limit reached by a wrong recovery key shows the erased screen, disguised', async () => {
    const erased = err('wrong_recovery_key', 'vault.erasedAfterWrongSecret', { erased: true });
    installHarbor(
      { 'vault:status': () => ok(locked), 'vault:recover': () => ({ ok: false, error: erased }) },
      {
        disguise: true,
        language: lang,
      },
    );
    await openRecovery(lang);
    fillRecovery(lang);
    await findHeading(WORDS[lang].erased);
    expect(document.body.textContent).not.toMatch(GIVEAWAY);
  });

  it('the new recovery key after recovering says "notes" too', async () => {
    installHarbor(
      {
        'vault:status': () => ok(locked),
        'vault:recover': () => ok({ status: unlocked(true), recoveryKey: KEY }),
      },
      { disguise: true, language: lang },
    );
    await openRecovery(lang);
    fillRecovery(lang);
    await screen.findByTestId('recovery-key');
    expect(screen.getByLabelText(WORDS[lang].stored)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(GIVEAWAY);
    expect(document.title).not.toMatch(GIVEAWAY);
  });
});

describe.each(['en', 'es'] as const)('before the lock screen, disguised (%s)', (lang) => {
  it('a vault that cannot be checked yet says "notes", and so does the page title', async () => {
    renderApp(
      { 'vault:status': () => ({ ok: false, error: err('io', 'vault.io') }) },
      { disguise: true, language: lang },
    );
    await screen.findByRole('heading', {
      level: 1,
      name: lang === 'en' ? "Your notes couldn't open yet" : 'Tus notas todavía no pudieron abrirse',
    });
    expect(document.body.textContent).not.toMatch(GIVEAWAY);
    expect(document.title).not.toMatch(GIVEAWAY);
  });

  it('without the disguise it names Harbor', async () => {
    renderApp({ 'vault:status': () => ({ ok: false, error: err('io', 'vault.io') }) }, { language: lang });
    await screen.findByRole('heading', {
      level: 1,
      name: lang === 'en' ? "Harbor couldn't open yet" : 'Harbor todavía no pudo abrirse',
    });
  });
});

describe.each(['en', 'es'] as const)('the same screens without the disguise (%s)', (lang) => {
  it('say each error in the catalog’s own words', async () => {
    const seen = await lockScreen(lang, REACHABLE, false);
    expect(seen.map((s) => s.alert)).toEqual(REACHABLE.map((e) => errorText(lang, e)));
    expect(seen[0]!.alert).toMatch(lang === 'en' ? /vault/ : /bóveda/);
  }, 60_000);

  it('on the recovery screen too', async () => {
    const seen = await recoveryScreen(lang, REACHABLE, false);
    expect(seen.map((s) => s.alert)).toEqual(REACHABLE.map((e) => errorText(lang, e)));
  }, 60_000);

  it('name the vault when it has been erased', async () => {
    const erased = err('wrong_recovery_key', 'vault.erasedAfterWrongSecret', { erased: true });
    installHarbor(
      { 'vault:status': () => ok(locked), 'vault:recover': () => ({ ok: false, error: erased }) },
      { language: lang },
    );
    await openRecovery(lang);
    fillRecovery(lang);
    await findHeading(WORDS[lang].erasedPlain);
  });
});

const FIRST_RUN = {
  en: {
    start: 'Get started',
    about: 'Before you begin',
    next: 'Continue',
    disguise: 'Show "Notes" instead',
    name: 'Notes',
    passphrase: 'Choose a passphrase',
    offer: 'A recovery key, if you want one',
    create: 'Create a recovery key',
    key: 'Your recovery key',
  },
  es: {
    start: 'Comenzar',
    about: 'Antes de empezar',
    next: 'Continuar',
    disguise: 'Mostrar "Notas" en su lugar',
    name: 'Notas',
    passphrase: 'Elige una frase de contraseña',
    offer: 'Una clave de recuperación, si la quieres',
    create: 'Crear una clave de recuperación',
    key: 'Tu clave de recuperación',
  },
} as const;

/** The errors making the vault can meet (a full or read-only disk, a folder already in use…). */
const CREATE_ERRORS: IpcError[] = [
  err('io', 'vault.io'),
  err('io', 'vault.diskFull'),
  err('io', 'vault.notAllowed'),
  err('exists', 'vault.vaultExists'),
  err('exists', 'vault.folderNotEmpty'),
  err('exists', 'vault.alreadyOpen'),
  err('in_use', 'vault.inUse'),
  err('weak_kdf', 'vault.weakKdfRequested'),
  err('internal', 'vault.internal'),
  err('invalid_input', 'request.notUnderstoodAt'),
  err('internal'),
];

/** What someone looking at the screen sees: the words, the window's title and the mark beside the name. */
function look(step: string) {
  const brand = screen.getByTestId('app-brand');
  return {
    step,
    page: document.body.textContent ?? '',
    title: document.title,
    name: brand.textContent,
    mark: brand.querySelector('svg')?.outerHTML,
  };
}
const NOTES_MARK = renderToStaticMarkup(<NotesMark />);

/** First run as a person who picks the disguise, up to the recovery key offer; what each step showed. */
async function firstRunToOffer(lang: Lang, create: NonNullable<Handlers['vault:create']>) {
  const words = FIRST_RUN[lang];
  renderApp({ 'vault:status': () => ok(noVault), 'vault:create': create }, { language: lang });
  fireEvent.click(await screen.findByRole('button', { name: words.start }));
  await findHeading(words.about);
  fireEvent.click(screen.getByRole('button', { name: words.next }));
  fireEvent.click(await screen.findByLabelText(words.disguise));
  await waitFor(() => expect(screen.getByTestId('app-brand').textContent).toBe(words.name));
  fireEvent.click(screen.getByRole('button', { name: words.next }));
  await findHeading(words.passphrase);
  const seen = [look('passphrase')];
  fireEvent.change(screen.getByLabelText(WORDS[lang].fresh), { target: { value: FRESH } });
  fireEvent.change(screen.getByLabelText(WORDS[lang].again), { target: { value: FRESH } });
  fireEvent.click(screen.getByRole('button', { name: words.next }));
  await findHeading(words.offer);
  seen.push(look('offer'));
  return seen;
}

/** Steps that showed a word, a title or a mark that says what the app is. */
const betrayals = (seen: ReturnType<typeof look>[], lang: Lang) =>
  seen
    .filter(
      (s) =>
        GIVEAWAY.test(s.page) || GIVEAWAY.test(s.title) || s.name !== FIRST_RUN[lang].name || s.mark !== NOTES_MARK,
    )
    .map((s) => s.step);

describe.each(['en', 'es'] as const)('first run after choosing the disguise (%s)', (lang) => {
  it('the passphrase, the recovery key offer and the key itself never say what the app is', async () => {
    const gate = deferred<void>();
    const seen = await firstRunToOffer(lang, async () => {
      await gate.promise;
      return ok({ recoveryKey: KEY });
    });
    fireEvent.click(screen.getByRole('button', { name: FIRST_RUN[lang].create }));
    await screen.findByRole('progressbar');
    seen.push(look('making the key'));
    await act(async () => gate.resolve());
    await findHeading(FIRST_RUN[lang].key);
    expect(screen.getByTestId('recovery-key')).toBeTruthy();
    seen.push(look('the key'));
    expect(betrayals(seen, lang)).toEqual([]);
    // The key's warnings are still said, in the disguise's words.
    expect(document.body.textContent).toContain(
      lang === 'en'
        ? 'Anyone who finds a printed or saved copy of this key can open your notes.'
        : 'Cualquier persona que encuentre una copia impresa o guardada de esta clave puede abrir tus notas.',
    );
    // Nothing to save the key under a file name, and nothing to copy it with.
    expect(screen.queryByRole('button', { name: /copy|copiar|save|guardar|print|imprimir/i })).toBeNull();
  }, 60_000);

  it('no error making the notes says what the app is', async () => {
    const calls = { n: 0 };
    await firstRunToOffer(lang, () => failing(CREATE_ERRORS)(calls));
    const seen = [];
    for (let i = 0; i < CREATE_ERRORS.length; i++) {
      fireEvent.click(screen.getByRole('button', { name: FIRST_RUN[lang].create }));
      await waitFor(() => expect(calls.n).toBe(i + 1));
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert.textContent!.trim().length).toBeGreaterThan(10));
      seen.push({ ...look(alert.textContent!), page: document.body.textContent ?? '' });
    }
    expect(betrayals(seen, lang)).toEqual([]);
  }, 60_000);
});
