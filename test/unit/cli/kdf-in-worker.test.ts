import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argon2idHere } from '../../../electron/vault/kdf';
import { kdfInWorker } from '../../../electron/vault/kdf-in-worker';
import { kdfInput } from '../vault/kdf-worker-files';
import { ensureCliBuilt, ROOT } from './cli-harness';

// The command line derives its keys in the app's own worker (electron/vault/kdf-in-worker.ts, whose
// tests cover the worker itself and how the passphrase is moved to it); its build must emit that
// worker beside out/cli/harbor.js, where electron/cli/with-vault.ts looks for it.
const WORKER = path.join(ROOT, 'out/cli/kdf-worker.js');

beforeAll(() => ensureCliBuilt(), 120_000);

describe("the command line's key derivation worker", () => {
  it('is built beside the command and derives the same key as this thread', async () => {
    const here = Buffer.from(await argon2idHere(kdfInput()));
    const worker = kdfInWorker(WORKER);
    expect(Buffer.from(await worker.derive(kdfInput()))).toEqual(here);
    // And a different one for a different passphrase: the worker used what it was given.
    expect(Buffer.from(await worker.derive(kdfInput('another passphrase')))).not.toEqual(here);
  });

  it("runs a calibration there too, as the app's build of it does", async () => {
    expect(await kdfInWorker(WORKER).calibrate(1)).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  }, 60_000);
});
