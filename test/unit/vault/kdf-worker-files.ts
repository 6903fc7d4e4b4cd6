import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Argon2idInput } from '../../../electron/vault/kdf';

/*
 * What every test of the key derivation's worker thread shares: the app's and the command line's
 * builds run the same worker (electron/vault/kdf-worker.ts), so the tests build it one way, feed
 * it the same inputs and use the same stand-ins for it.
 */

const ROOT = path.resolve(__dirname, '../../..');

/** The worker's source: both builds (electron.vite.config.ts, electron/cli/vite.config.ts) emit it as kdf-worker.js. */
export const KDF_WORKER_ENTRY = path.join(ROOT, 'electron/vault/kdf-worker.ts');

/** One derivation's inputs, small enough to be quick (8 MiB unless told). */
export const kdfInput = (passphrase = 'a long test passphrase', memorySize = 8 * 1024): Argon2idInput => ({
  password: Buffer.from(passphrase),
  salt: Buffer.alloc(16, 7),
  iterations: 3,
  parallelism: 1,
  memorySize,
  hashLength: 32,
});

export interface KdfWorkerFiles {
  /** kdf-worker.js, built as the app's build makes it: one CommonJS file run by node:worker_threads. */
  worker: string;
  /** A stand-in that answers with every byte of memory it was sent under the passphrase. */
  echo: string;
  /** A stand-in that ends without an answer. */
  silent: string;
  /** A worker file that does not exist. */
  missing: string;
  remove(): Promise<void>;
}

/**
 * Bundles entry points as the builds make the command line and its workers: one CommonJS file
 * each, our code inside, packages left to require() from the project's node_modules.
 */
export async function bundleForNode(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'silent',
  });
}

/** Builds the worker and its stand-ins into a temporary folder inside the project (so packages resolve). */
export async function kdfWorkerFiles(): Promise<KdfWorkerFiles> {
  const tmp = path.join(ROOT, '.tmp');
  await fs.mkdir(tmp, { recursive: true });
  const dir = await fs.mkdtemp(path.join(tmp, 'test-kdf-worker-'));
  await bundleForNode({ 'kdf-worker': KDF_WORKER_ENTRY }, dir);
  const echo = path.join(dir, 'echo-worker.js');
  await fs.writeFile(
    echo,
    "const { parentPort, workerData } = require('node:worker_threads');\n" +
      'parentPort.postMessage(new Uint8Array(workerData.derive.password.buffer));\n',
  );
  const silent = path.join(dir, 'silent-worker.js');
  await fs.writeFile(silent, '');
  return {
    worker: path.join(dir, 'kdf-worker.js'),
    echo,
    silent,
    missing: path.join(dir, 'no-such-kdf-worker.js'),
    remove: () => fs.rm(dir, { recursive: true, force: true }),
  };
}
