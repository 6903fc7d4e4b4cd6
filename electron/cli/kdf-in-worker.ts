import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { argon2idHere, type Argon2id } from '../vault/index';

/**
 * Argon2id for the command line, computed in a worker thread (kdf-worker.js beside this bundle) so
 * that the main thread is free while the key is derived: `harbor export` loads its code and starts
 * Chromium meanwhile (with-vault.ts). The inputs and the result are the vault's own, and checked by
 * it as on this thread. Should the worker not run (it failed to start, or ended without a key),
 * the same derivation runs here instead: slower, never different.
 */
export function argon2idInWorker(workerFile = path.join(__dirname, 'kdf-worker.js')): Argon2id {
  return (input) =>
    new Promise<Uint8Array>((resolve) => {
      let worker: Worker | null = null;
      let settled = false;
      const here = () => {
        if (settled) return;
        settled = true;
        void worker?.terminate();
        resolve(argon2idHere(input));
      };
      try {
        // The passphrase's bytes are copied to the worker, which wipes its copy when done.
        worker = new Worker(workerFile, { workerData: input });
      } catch {
        here();
        return;
      }
      worker.once('message', (key: Uint8Array) => {
        if (settled) return;
        settled = true;
        void worker?.terminate();
        resolve(key);
      });
      worker.once('error', here);
      worker.once('exit', here);
    });
}
