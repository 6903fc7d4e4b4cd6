import { afterEach, describe, expect, it, vi } from 'vitest';
import { kdfInput } from './kdf-worker-files';

// How a job is handed to its worker, seen from this thread: the worker itself is a stand-in here
// (kdf-in-worker.test.ts runs the real one). What matters is what is left on this thread afterwards.
const started: { file: string; options: { workerData: unknown; transferList: ArrayBuffer[] } }[] = [];
const listeners = new Map<string, (value?: unknown) => void>();

vi.mock('node:worker_threads', () => ({
  Worker: class {
    constructor(file: string, options: { workerData: unknown; transferList: ArrayBuffer[] }) {
      started.push({ file, options });
    }
    once(event: string, listener: (value?: unknown) => void) {
      listeners.set(event, listener);
      return this;
    }
    terminate() {
      return Promise.resolve(0);
    }
  },
}));

const here = vi.hoisted(() => ({ derivations: 0 }));
vi.mock('../../../electron/vault/kdf', async (original) => {
  const kdf = await original<typeof import('../../../electron/vault/kdf')>();
  return {
    ...kdf,
    argon2idHere: (input: Parameters<typeof kdf.argon2idHere>[0]) => {
      here.derivations += 1;
      return kdf.argon2idHere(input);
    },
  };
});

const { kdfInWorker } = await import('../../../electron/vault/kdf-in-worker');

const input = () => kdfInput();

afterEach(() => {
  started.length = 0;
  listeners.clear();
  here.derivations = 0;
});

describe('handing a derivation to a worker thread', () => {
  it('moves the passphrase to the worker, so no copy of it stays on this thread', () => {
    void kdfInWorker('kdf-worker.js').derive(input());
    const [{ options }] = started as [(typeof started)[number]];
    const sent = (options.workerData as { derive: { password: Uint8Array } }).derive.password;
    expect(Buffer.from(sent).toString()).toBe('a long test passphrase');
    // Listed for transfer: the worker receives this very memory and this thread keeps none of it.
    expect(options.transferList).toEqual([sent.buffer]);
    expect(options.transferList[0]).toBe(sent.buffer);
  });

  it('takes the worker answer and does not derive again on this thread when the worker then ends', async () => {
    const key = kdfInWorker('kdf-worker.js').derive(input());
    const answer = new Uint8Array(32).fill(1);
    listeners.get('message')!(answer);
    // A worker ends after answering (terminated, or its script done): that is not a failure.
    listeners.get('exit')!(0);
    listeners.get('error')?.(new Error('after the answer'));
    expect(await key).toBe(answer);
    expect(here.derivations).toBe(0);
  });

  it('derives on this thread once when the worker ends without an answer', async () => {
    const key = kdfInWorker('kdf-worker.js').derive(input());
    listeners.get('exit')!(1);
    listeners.get('error')?.(new Error('late'));
    expect((await key).length).toBe(32);
    expect(here.derivations).toBe(1);
  });
});
