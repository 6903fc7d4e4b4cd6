import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { argon2idHere, kdfThread, runKdfIn, type KdfThread } from '../../../electron/vault/kdf';
import { kdfInWorker } from '../../../electron/vault/kdf-in-worker';
import { createVault, openVault } from '../../../electron/vault/index';
import { expectHarborError, FAST_KDF, PASS, removeTempDirs, tempDir } from './helpers';
import { kdfInput, kdfWorkerFiles, type KdfWorkerFiles } from './kdf-worker-files';

// The app and the command line derive every key in a worker thread (electron/app/main.ts,
// electron/cli/with-vault.ts): the same keys as on this thread, and this thread free meanwhile.
let files: KdfWorkerFiles;

beforeAll(async () => {
  files = await kdfWorkerFiles();
}, 60_000);

afterEach(() => runKdfIn(null));
afterAll(async () => {
  await removeTempDirs();
  await files?.remove();
});

const input = kdfInput;

/** Counts each derivation and calibration the vault asks of `thread`. */
function counted(thread: KdfThread) {
  const calls = { derive: 0, calibrate: 0 };
  const spy: KdfThread = {
    derive: (i) => {
      calls.derive += 1;
      return thread.derive(i);
    },
    calibrate: (ms) => {
      calls.calibrate += 1;
      return thread.calibrate(ms);
    },
  };
  return { spy, calls };
}

describe('key derivation in a worker thread', () => {
  it('gives the key derived on this thread, and another for another passphrase', async () => {
    const here = Buffer.from(await argon2idHere(input()));
    const worker = kdfInWorker(files.worker);
    expect(Buffer.from(await worker.derive(input()))).toEqual(here);
    expect(Buffer.from(await worker.derive(input('another passphrase')))).not.toEqual(here);
  });

  it('leaves this thread free while the key is derived: its timers keep firing', async () => {
    let derived = false;
    // 64 MiB, three passes: a vault's own cost.
    const key = kdfInWorker(files.worker)
      .derive(input(undefined, 64 * 1024))
      .then(() => (derived = true));
    let turns = 0;
    while (!derived && turns < 5) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!derived) turns += 1;
    }
    await key;
    // On this thread, the derivation would have held every timer until the key was there.
    expect(turns).toBe(5);
  });

  it('sends the worker the passphrase alone, not the memory around its bytes', async () => {
    // Small Buffers share one pool: this one sits beside another secret.
    const neighbour = Buffer.from('the next secret in the pool');
    const sent = Buffer.from(await kdfInWorker(files.echo).derive(input('a long test passphrase')));
    expect(sent.toString()).toBe('a long test passphrase');
    expect(neighbour.buffer).toBe(Buffer.from('a long test passphrase').buffer);
  });

  it('derives on this thread when the worker cannot run', async () => {
    const here = Buffer.from(await argon2idHere(input()));
    const missing = kdfInWorker(files.missing);
    expect(Buffer.from(await missing.derive(input()))).toEqual(here);
    // And when it ends without an answer.
    expect(Buffer.from(await kdfInWorker(files.silent).derive(input()))).toEqual(here);
  });

  it('unlocks with the right passphrase, refuses a wrong one, and changes the passphrase', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    const note = await vault.create('story', { text: 'kept' });
    await vault.close();

    const { spy, calls } = counted(kdfInWorker(files.worker));
    runKdfIn(spy);
    await expectHarborError(openVault(dir, 'not the passphrase at all'), 'wrong_passphrase');
    const reopened = await openVault(dir, PASS);
    expect((await reopened.get(note.id)).data).toEqual({ text: 'kept' });
    expect(calls.derive).toBe(2);
    // The person confirms the passphrase and sets a new one: both derived in the worker.
    expect(await reopened.verifyPassphrase(PASS)).toBe(true);
    await reopened.changePassphrase('another long passphrase for tests');
    await reopened.close();
    expect(calls.derive).toBe(4);
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
    const renewed = await openVault(dir, 'another long passphrase for tests');
    await renewed.close();
  });

  it('times the calibration in the worker', async () => {
    // A target reached at once: the starting cost, 64 MiB and three passes, timed there.
    expect(await kdfInWorker(files.worker).calibrate(1)).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  }, 60_000);

  it('is where a new vault is calibrated and keyed', async () => {
    const { spy, calls } = counted(kdfInWorker(files.worker));
    // The floor, as if calibrated there (the calibration itself is timed in the test above).
    spy.calibrate = async () => {
      calls.calibrate += 1;
      return FAST_KDF;
    };
    runKdfIn(spy);
    expect(kdfThread()).toBe(spy);
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS);
    expect(vault.kdf).toMatchObject(FAST_KDF);
    expect(calls).toEqual({ derive: 1, calibrate: 1 });
    await vault.close();
    // The key derived in the worker is the vault's: it opens again with the passphrase.
    runKdfIn(null);
    await (await openVault(dir, PASS)).close();
  });
});
