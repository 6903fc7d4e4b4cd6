import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { argon2idHere, type Argon2id, type Argon2idInput } from '../vault/index';

/**
 * Argon2id for the command line, computed in a worker thread (kdf-worker.js beside this bundle) so
 * that the main thread is free while the key is derived: `harbor export` loads its code and starts
 * Chromium meanwhile (with-vault.ts). The thread starts when this is called, before the vault's
 * header is read, and waits (not holding the process open) for the inputs the vault chooses and
 * checks; the derivation is the vault's own. Should the worker not run (it failed to start, or
 * ended without a key), the same derivation runs here instead: slower, never different.
 */
export function argon2idInWorker(workerFile = path.join(__dirname, 'kdf-worker.js')): Argon2id {
  let ready: Worker | null = startWorker(workerFile);
  return (input) => {
    const worker = ready ?? startWorker(workerFile);
    ready = null;
    return derive(worker, input);
  };
}

/** Workers that ended before they were given anything (they failed to start). */
const ended = new WeakSet<Worker>();

function startWorker(workerFile: string): Worker | null {
  try {
    const worker = new Worker(workerFile);
    // Idle until it is given the inputs: an unused worker must not keep the command running.
    worker.unref();
    // Its failure is handled when it is used (derive falls back to this thread).
    worker.on('error', () => undefined);
    worker.once('exit', () => ended.add(worker));
    return worker;
  } catch {
    return null;
  }
}

function derive(worker: Worker | null, input: Argon2idInput): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve) => {
    let settled = false;
    const here = () => {
      if (settled) return;
      settled = true;
      void worker?.terminate();
      resolve(argon2idHere(input));
    };
    if (!worker || ended.has(worker)) {
      here();
      return;
    }
    worker.once('message', (key: Uint8Array) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(key);
    });
    worker.once('error', here);
    worker.once('exit', here);
    worker.ref();
    // Exact copies, moved to the worker (which wipes the passphrase when done): a Buffer may be a
    // view on Node's shared pool, and posting a view would send all the memory under it, other
    // secrets too.
    const password = Uint8Array.from(input.password);
    worker.postMessage({ ...input, password, salt: Uint8Array.from(input.salt) }, [password.buffer]);
  });
}
