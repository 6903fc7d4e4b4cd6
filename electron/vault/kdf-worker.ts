import { parentPort, workerData } from 'node:worker_threads';
import { argon2idHere, calibrateKdf } from './kdf';
import type { KdfJob } from './kdf-in-worker';

/*
 * One job of the vault's key derivation in a worker thread of its own (kdf-worker.js beside the
 * app's main, started by kdf-in-worker.ts): a derivation, or the calibration that times them here,
 * where the derivations will run.
 */
const job = workerData as KdfJob;
void (async () => {
  if ('calibrate' in job) {
    parentPort?.postMessage(await calibrateKdf(job.calibrate));
    return;
  }
  const input = job.derive;
  try {
    const hash = await argon2idHere(input);
    // A copy of our own to hand over (hash-wasm's may sit in its memory), and that one wiped.
    const key = Uint8Array.from(hash);
    hash.fill(0);
    parentPort?.postMessage(key, [key.buffer]);
  } finally {
    // This thread's copy of the passphrase.
    input.password.fill(0);
  }
})();
