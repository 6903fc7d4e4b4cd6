import { argon2id } from 'hash-wasm';
import { KDF_DEFAULT_MEMORY_KIB, KDF_FLOOR, KDF_MAX, KDF_START_ITERATIONS, KEY_BYTES } from './constants';
import { fromBase64 } from './encoding';
import type { KdfParams } from './types';
import { vaultErrors } from './vault-errors';

export { KDF_FLOOR };

export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

export function isBelowFloor(p: KdfCost): boolean {
  return p.memoryKiB < KDF_FLOOR.memoryKiB || p.iterations < KDF_FLOOR.iterations || p.parallelism < 1;
}

export function isBeyondMax(p: KdfCost): boolean {
  return (
    p.memoryKiB > KDF_MAX.memoryKiB ||
    p.iterations > KDF_MAX.iterations ||
    p.parallelism > KDF_MAX.parallelism ||
    p.memoryKiB * p.iterations > KDF_MAX.work ||
    p.memoryKiB < 8 * p.parallelism
  );
}

/**
 * Refuses parameters before any derivation: a header edited down to cheap settings is an attack
 * (it would make guessing cheap), and one edited up is a denial of service.
 */
export function assertKdfAcceptable(p: KdfCost): void {
  if (isBelowFloor(p)) throw vaultErrors.weakKdf();
  if (isBeyondMax(p)) throw vaultErrors.kdfTooCostly();
}

/**
 * Passphrases are normalised to NFC: the same words typed on macOS (which may produce decomposed
 * accents) and on Windows must derive the same key.
 */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** One Argon2id derivation's inputs, as hash-wasm takes them. */
export interface Argon2idInput {
  password: Uint8Array;
  salt: Uint8Array;
  iterations: number;
  parallelism: number;
  memorySize: number;
  hashLength: number;
}

/**
 * Computes Argon2id. The vault decides every input (and checks them first); this only does the
 * arithmetic, so the command line can do it in a worker thread while it loads what comes next.
 */
export type Argon2id = (input: Argon2idInput) => Promise<Uint8Array>;

/** hash-wasm on this thread. */
export const argon2idHere: Argon2id = (input) => argon2id({ ...input, outputType: 'binary' });

/** Where Argon2id runs: each derivation, and the calibration that times them. */
export interface KdfThread {
  derive: Argon2id;
  /** calibrateKdf, timed where the derivations will run. */
  calibrate(targetMs?: number): Promise<KdfCost>;
}

const thisThread: KdfThread = { derive: argon2idHere, calibrate: (targetMs) => calibrateKdf(targetMs) };
let chosenThread: KdfThread = thisThread;

/**
 * Chooses where every derivation of this process runs: unlocking, a new vault and its calibration,
 * a passphrase change or recovery, a restore, a share code. The app chooses a worker thread at start
 * (kdf-in-worker.ts), so that its window keeps drawing and answering (Quick exit included) during
 * the second a derivation takes; tests, and the worker itself, keep this thread. Null: this thread.
 */
export function runKdfIn(thread: KdfThread | null): void {
  chosenThread = thread ?? thisThread;
}

/** Where derivations run now (see runKdfIn). */
export function kdfThread(): KdfThread {
  return chosenThread;
}

/** Argon2id → 32-byte key-encryption key. The caller owns (and must wipe) the result. */
export async function deriveKek(
  passphrase: string,
  params: KdfParams,
  compute: Argon2id = chosenThread.derive,
): Promise<Buffer> {
  assertKdfAcceptable(params);
  const salt = fromBase64(params.salt, 16, 64);
  if (!salt) throw vaultErrors.headerDamaged('kdf salt');
  const password = passphraseBytes(passphrase);
  try {
    const out = await compute({
      password,
      salt,
      iterations: params.iterations,
      parallelism: params.parallelism,
      memorySize: params.memoryKiB,
      hashLength: KEY_BYTES,
    });
    // The KEK is the derived bytes themselves (no copy left behind); the caller wipes it.
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  } finally {
    password.fill(0);
  }
}

/** Raw Argon2id (share codes, and the known-answer test), where derivations run (see runKdfIn). */
export function argon2idRaw(
  password: Uint8Array | string,
  salt: Uint8Array | string,
  p: KdfCost,
  hashLength = KEY_BYTES,
): Promise<Buffer> {
  return argon2idWith(chosenThread.derive, password, salt, p, hashLength);
}

async function argon2idWith(
  compute: Argon2id,
  password: Uint8Array | string,
  salt: Uint8Array | string,
  p: KdfCost,
  hashLength: number,
): Promise<Buffer> {
  // hash-wasm reads a string as its UTF-8 bytes; so does this.
  const bytes = (value: Uint8Array | string) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
  const out = await compute({
    password: bytes(password),
    salt: bytes(salt),
    iterations: p.iterations,
    parallelism: p.parallelism,
    memorySize: p.memoryKiB,
    hashLength,
  });
  return Buffer.from(out);
}

const CALIBRATION_MAX_ITERATIONS = 16;
// Stryker disable next-line StringLiteral: any password takes as long to derive
const CALIBRATION_PASSWORD = 'harbor calibration';

/** Milliseconds one derivation with these costs takes on this computer. */
export type DerivationTimer = (memoryKiB: number, iterations: number) => Promise<number>;

const timeDerivation: DerivationTimer = async (memoryKiB, iterations) => {
  const start = performance.now();
  // Timed on this thread, the one calibrateKdf runs on (a worker's, in the app: see KdfThread).
  await argon2idWith(
    argon2idHere,
    CALIBRATION_PASSWORD,
    Buffer.alloc(16),
    { memoryKiB, iterations, parallelism: 1 },
    KEY_BYTES,
  );
  return performance.now() - start;
};

/**
 * 64 MiB and one lane (hash-wasm runs lanes one after another, so more lanes would only add work
 * for us, not for an attacker with parallel hardware), then passes raised from 3 until one
 * derivation takes at least `targetMs` on this computer (aiming ~20% above it, so the result lands
 * between 0.5 and 1 s). Capped at 16 passes so a timer glitch cannot make unlocking take minutes.
 */
export async function calibrateKdf(
  targetMs = 500,
  time: DerivationTimer = timeDerivation,
): Promise<{ memoryKiB: number; iterations: number; parallelism: number }> {
  const memoryKiB = KDF_DEFAULT_MEMORY_KIB;
  const aim = targetMs * 1.2;
  // The first call compiles the WebAssembly; do not let that count.
  await argon2idWith(
    argon2idHere,
    CALIBRATION_PASSWORD,
    Buffer.alloc(16),
    { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
    KEY_BYTES,
  );
  let iterations = KDF_START_ITERATIONS;
  for (let round = 0; round < 4; round++) {
    const elapsed = await time(memoryKiB, iterations);
    if (elapsed >= targetMs || iterations >= CALIBRATION_MAX_ITERATIONS) break;
    // Below the target, so the estimate (aiming 20 % above it) is always at least one pass more.
    const estimate = Math.ceil((iterations * aim) / Math.max(elapsed, 1));
    iterations = Math.min(CALIBRATION_MAX_ITERATIONS, estimate);
  }
  return { memoryKiB, iterations, parallelism: 1 };
}
