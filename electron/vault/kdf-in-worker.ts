import { Worker } from 'node:worker_threads';
import { argon2idHere, calibrateKdf, type Argon2idInput, type KdfThread } from './kdf';

/** What one worker thread is asked to do (kdf-worker.ts): one derivation, or the calibration. */
export type KdfJob = { derive: Argon2idInput } | { calibrate: number | undefined };

/**
 * Argon2id in worker threads (kdf-worker.ts, built as kdf-worker.js beside the app's main): each
 * job gets a thread of its own that ends with it, so the thread that draws and answers the window
 * is free while a key takes its second. The vault chose and checked every input, and checks the
 * key as it would one derived here. Should a worker not run (it failed to start, or ended without
 * an answer), the job runs on this thread instead: slower, never different.
 */
export function kdfInWorker(workerFile: string): KdfThread {
  return {
    derive: (input) => {
      // An exact copy, moved to the worker (nothing of it stays here): a Buffer may be a view on
      // Node's shared pool, and sending a view would send all the memory under it, other secrets too.
      const password = Uint8Array.from(input.password);
      const job = { derive: { ...input, password, salt: Uint8Array.from(input.salt) } };
      return inWorker(workerFile, job, () => argon2idHere(input), [password.buffer]);
    },
    calibrate: (targetMs) => inWorker(workerFile, { calibrate: targetMs }, () => calibrateKdf(targetMs)),
  };
}

function inWorker<T>(
  workerFile: string,
  job: KdfJob,
  here: () => Promise<T>,
  transferList: ArrayBuffer[] = [],
): Promise<T> {
  return new Promise<T>((resolve) => {
    let worker: Worker | null = null;
    let settled = false;
    // Takes the answer lazily: a worker that ends after answering must not start a derivation here.
    const settle = (answer: () => T | Promise<T>) => {
      if (settled) return;
      settled = true;
      void worker?.terminate();
      resolve(answer());
    };
    const instead = () => settle(here);
    try {
      // The worker wipes the passphrase it was given when done.
      worker = new Worker(workerFile, { workerData: job, transferList });
    } catch {
      instead();
      return;
    }
    worker.once('message', (answer: T) => settle(() => answer));
    worker.once('error', instead);
    worker.once('exit', instead);
  });
}
