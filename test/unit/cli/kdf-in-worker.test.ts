import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argon2idInWorker } from '../../../electron/cli/kdf-in-worker';
import { argon2idHere, type Argon2idInput } from '../../../electron/vault/index';
import { ensureCliBuilt, ROOT } from './cli-harness';

const WORKER = path.join(ROOT, 'out/cli/kdf-worker.js');

const input = (): Argon2idInput => ({
  password: Buffer.from('a long test passphrase'),
  salt: Buffer.alloc(16, 7),
  iterations: 3,
  parallelism: 1,
  memorySize: 8 * 1024,
  hashLength: 32,
});

beforeAll(() => ensureCliBuilt(), 120_000);

describe('Argon2id in a worker thread', () => {
  it('derives the same key as on this thread', async () => {
    const here = Buffer.from(await argon2idHere(input()));
    expect(Buffer.from(await argon2idInWorker(WORKER)(input()))).toEqual(here);
    // And a different one for a different passphrase: the worker used what it was given.
    const other = { ...input(), password: Buffer.from('another passphrase') };
    expect(Buffer.from(await argon2idInWorker(WORKER)(other))).not.toEqual(here);
  });

  it('derives it on this thread when the worker cannot run', async () => {
    const here = Buffer.from(await argon2idHere(input()));
    expect(Buffer.from(await argon2idInWorker(path.join(ROOT, 'out/cli/no-such-worker.js'))(input()))).toEqual(here);
  });

  it('sends the worker the passphrase alone, not the memory around its bytes', async () => {
    // A worker that answers with every byte of memory it was sent under the passphrase.
    const dir = mkdtempSync(path.join(tmpdir(), 'harbor-echo-'));
    try {
      const echo = path.join(dir, 'echo-worker.js');
      writeFileSync(
        echo,
        "const { parentPort } = require('node:worker_threads');\n" +
          "parentPort.once('message', (m) => parentPort.postMessage(new Uint8Array(m.password.buffer)));\n",
      );
      // Small Buffers share one pool: this one sits beside another secret.
      const neighbour = Buffer.from('the next secret in the pool');
      const sent = Buffer.from(await argon2idInWorker(echo)(input()));
      expect(sent.toString()).toBe('a long test passphrase');
      expect(neighbour.buffer).toBe(input().password.buffer);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
