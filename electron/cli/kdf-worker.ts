import { argon2id } from 'hash-wasm';
import { parentPort } from 'node:worker_threads';
import type { Argon2idInput } from '../vault/kdf';

/*
 * One Argon2id derivation in a worker thread of its own (out/cli/kdf-worker.js, started by
 * kdf-in-worker.ts): the key is derived on another core while the command's main thread loads what
 * it needs next. The thread starts (and loads hash-wasm) before the vault's header is read, then
 * waits for the inputs. The vault chose and checked every input; this only does the arithmetic.
 */
parentPort?.once('message', (input: Argon2idInput) => {
  void (async () => {
    try {
      const hash = await argon2id({ ...input, outputType: 'binary' });
      // A copy of our own to hand over (hash-wasm's may sit in its memory), and that one wiped.
      const key = Uint8Array.from(hash);
      hash.fill(0);
      parentPort?.postMessage(key, [key.buffer]);
    } finally {
      // This thread's copy of the passphrase.
      input.password.fill(0);
    }
  })();
});
