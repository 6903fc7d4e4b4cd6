import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ATTEMPTS_FILE } from '../../../electron/session/attempt-guard';
import { FLOOR_KDF, runSourceCli } from './cli-harness';

const run = (argv: string[], stdin: string) => runSourceCli(argv, stdin, { kdf: FLOOR_KDF });

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('harbor vault commands and wrong passphrases', () => {
  it('count wrong passphrases with the app, wait out the delay, and keep their exit codes', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-cli-attempts-'));
    dirs.push(root);
    const dir = path.join(root, 'vault');
    expect((await run(['vault', 'init', dir, '--passphrase-stdin'], 'the right passphrase\n')).code).toBe(0);

    for (let i = 1; i <= 2; i++) {
      const wrong = await run(['vault', 'verify', dir, '--passphrase-stdin'], 'not the passphrase\n');
      expect(wrong.code).toBe(2);
      const saved = JSON.parse(await fs.readFile(path.join(dir, ATTEMPTS_FILE), 'utf8'));
      expect(saved.failures).toBe(i);
    }

    // As if the app had just seen the 4th wrong passphrase: the next try must wait 2 s first.
    await fs.writeFile(
      path.join(dir, ATTEMPTS_FILE),
      JSON.stringify({ failures: 4, lastFailureAt: Date.now(), eraseAfter: null }),
    );
    const started = Date.now();
    const right = await run(['vault', 'verify', dir, '--passphrase-stdin'], 'the right passphrase\n');
    expect(right.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    const after = JSON.parse(await fs.readFile(path.join(dir, ATTEMPTS_FILE), 'utf8'));
    expect(after.failures).toBe(0);
  });
});
