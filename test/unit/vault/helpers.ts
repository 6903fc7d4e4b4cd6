import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { HarborError, type ErrorCode } from '../../../shared/errors';
import { createVault } from '../../../electron/vault/index';
import type { OpenVault } from '../../../electron/vault/types';

/** Small but legal (the floor itself), so each derivation costs ~40 ms instead of ~0.5 s. */
export const FAST_KDF = { memoryKiB: 19456, iterations: 2, parallelism: 1 } as const;
export const PASS = 'a long passphrase for tests';

const made: string[] = [];

export async function tempDir(label = 'vault'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `harbor-${label}-`));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
}

export async function newVault(opts: { recoveryKey?: boolean } = {}): Promise<{
  dir: string;
  vault: OpenVault;
  recoveryKey?: string;
}> {
  const dir = path.join(await tempDir(), 'v');
  const { vault, recoveryKey } = await createVault(dir, PASS, { kdf: FAST_KDF, ...opts });
  return recoveryKey ? { dir, vault, recoveryKey } : { dir, vault };
}

/** Every regular file under dir, relative paths, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

export async function expectHarborError(promise: Promise<unknown>, code: ErrorCode): Promise<HarborError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected HarborError(${code})`).toBeInstanceOf(HarborError);
  expect((caught as HarborError).code).toBe(code);
  return caught as HarborError;
}

export function storyDoc(words: number, seed = 1): { title: string; doc: unknown; tags: string[] } {
  const vocab = ['river', 'light', 'home', 'door', 'quiet', 'morning', 'hands', 'street', 'letter', 'window'];
  const paragraphs = [];
  let n = seed;
  for (let written = 0; written < words;) {
    const count = Math.min(80, words - written);
    const text = Array.from(
      { length: count },
      () => vocab[(n = (n * 1103515245 + 12345) % 2147483648) % vocab.length],
    ).join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    written += count;
  }
  return { title: `Story ${seed}`, doc: { type: 'doc', content: paragraphs }, tags: [] };
}
