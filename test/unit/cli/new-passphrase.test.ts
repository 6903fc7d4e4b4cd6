import { beforeAll, describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../../electron/cli/new-passphrase';
import type { CliIo } from '../../../electron/cli/cli-io';
import { loadEstimator } from '../../../shared/passphrase-estimator';

// zxcvbn's word lists load on first use (seconds on a busy machine): once here, not inside a test.
// Awaited, not returned: a function returned from beforeAll is run as its teardown.
beforeAll(async () => {
  await loadEstimator();
}, 60_000);

/** The messages a command would print, in process (no spawn). */
function io(): CliIo & { said: string[] } {
  const said: string[] = [];
  return {
    said,
    stdin: process.stdin,
    env: {},
    out: () => undefined,
    err: (text) => said.push(text),
    prompt: () => undefined,
  };
}

describe('harbor vault init/passwd/recover: the new passphrase', () => {
  it('allows a common password but says plainly that it is easy to guess, with the app’s advice', async () => {
    const cli = io();
    await checkNewPassphrase('Contraseña2024', cli);
    expect(cli.said).toEqual([
      'Note: this passphrase is very easy to guess. This is a very common password. Try a sentence only you would think of.',
    ]);
  });

  it('says nothing about a long sentence', async () => {
    const cli = io();
    await checkNewPassphrase('gato azul bajo la lluvia', cli);
    expect(cli.said).toEqual([]);
  });

  it('refuses fewer than 10 characters', async () => {
    await expect(checkNewPassphrase('niño feli', io())).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
