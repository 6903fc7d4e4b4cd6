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
    derive: (input) => inWorker(workerFile, { derive: input }, () => argon2idHere(input)),
    calibrate: (targetMs) => inWorker(workerFile, { calibrate: targetMs }, () => calibrateKdf(targetMs)),
  };
}

function inWorker<T>(workerFile: string, job: KdfJob, here: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    let worker: Worker | null = null;
    let settled = false;
    const settle = (answer: T | Promise<T>) => {
      if (settled) return;
      settled = true;
      void worker?.terminate();
      resolve(answer);
    };
    const instead = () => settle(here());
    try {
      // The passphrase's bytes are copied to the worker, which wipes its copy when done.
      worker = new Worker(workerFile, { workerData: job });
    } catch {
      instead();
      return;
    }
    worker.once('message', (answer: T) => settle(answer));
    worker.once('error', instead);
    worker.once('exit', instead);
  });
}
