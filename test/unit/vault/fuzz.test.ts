import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import type { OpenVault } from '../../../electron/vault/types';
import {
  activeItemsPath,
  checkBackupBytes,
  decodeAt,
  kekFor,
  parseHeader,
  rawVaultKey,
} from '../../../electron/vault/testing';
import { newVault, PASS, removeTempDirs, tempDir } from './helpers';
import { mutation } from './mutation';

/** Each call on hostile input must finish well within this (a hang would show up as a timeout). */
const BOUND_MS = 250;

let vault: OpenVault;
let dir: string;
let kek: Buffer;
let vaultKey: Buffer;
let headerBytes: Buffer;
let itemBytes: Buffer;
let itemId: string;
let backupBytes: Buffer;

beforeAll(async () => {
  ({ dir, vault } = await newVault({ recoveryKey: true }));
  const a = await vault.create('story', { title: 'fuzz', doc: { type: 'doc', content: [] } });
  await vault.put(a.id, { title: 'fuzz 2' });
  await vault.create('grant', { to: 'x' });
  itemId = a.id;
  itemBytes = await fs.readFile(path.join(activeItemsPath(vault), a.id, '0000000002'));
  headerBytes = await fs.readFile(path.join(dir, 'vault.json'));
  vaultKey = rawVaultKey(vault);
  const file = path.join(await tempDir('fuzz'), 'b');
  await vault.backup(file);
  backupBytes = await fs.readFile(file);
  await vault.close();
  kek = await kekFor(dir, PASS);
});

afterAll(removeTempDirs);

function timed<T>(fn: () => T): T {
  const start = performance.now();
  const out = fn();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return out;
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await fn();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return out;
}

function onlyHarborError(fn: () => unknown): HarborError | null {
  try {
    timed(fn);
    return null;
  } catch (error) {
    if (!(error instanceof HarborError)) throw error;
    return error;
  }
}

describe('header parsing never crashes or hangs', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(onlyHarborError(() => parseHeader(Buffer.from(bytes)))).toBeInstanceOf(HarborError);
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary JSON, and valid headers with fields replaced by arbitrary JSON', () => {
    const valid = JSON.parse(headerBytes.toString('utf8')) as Record<string, unknown>;
    const keys = [...Object.keys(valid), 'kdf.memoryKiB', 'kdf.salt', 'kdf.iterations', 'extra'];
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...keys), fc.boolean(), (value, key, whole) => {
        let doc: unknown = value;
        if (!whole) {
          const copy = structuredClone(valid) as Record<string, Record<string, unknown>>;
          if (key.startsWith('kdf.')) copy.kdf![key.slice(4)] = value;
          else (copy as Record<string, unknown>)[key] = value;
          doc = copy;
        }
        const bytes = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
        const error = onlyHarborError(() => parseHeader(bytes));
        // A changed field either fails to parse, or parses and is caught later by the MAC.
        if (!error) expect(whole).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('mutated valid headers', () => {
    fc.assert(
      fc.property(mutation(headerBytes), (bytes) => {
        onlyHarborError(() => parseHeader(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('deeply nested and huge inputs', () => {
    expect(onlyHarborError(() => parseHeader(Buffer.from('['.repeat(60_000))))).toBeInstanceOf(HarborError);
    expect(onlyHarborError(() => parseHeader(Buffer.alloc(10 * 1024 * 1024, 0x20)))).toBeInstanceOf(HarborError);
  });
});

describe('item file parsing never crashes, hangs or accepts a change', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.nat({ max: 5 }), (bytes, revision) => {
        const result = timed(() => decodeAt(vaultKey, vault.id, itemId, revision, Buffer.from(bytes)));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes behind a valid magic and version', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const b = Buffer.concat([Buffer.from('HBRI\x01', 'latin1'), Buffer.from(bytes)]);
        expect(timed(() => decodeAt(vaultKey, vault.id, itemId, 2, b)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('mutated valid files', () => {
    expect(decodeAt(vaultKey, vault.id, itemId, 2, itemBytes).ok).toBe(true);
    fc.assert(
      fc.property(mutation(itemBytes), (bytes) => {
        expect(timed(() => decodeAt(vaultKey, vault.id, itemId, 2, bytes)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('backup parsing never crashes, hangs or accepts a change', () => {
  async function onlyHarborErrorAsync(fn: () => Promise<unknown>): Promise<HarborError | null> {
    try {
      await timedAsync(fn);
      return null;
    } catch (error) {
      if (!(error instanceof HarborError)) throw error;
      return error;
    }
  }

  it('arbitrary bytes, with and without a valid preamble', async () => {
    const preamble = backupBytes.subarray(0, 25);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, withPreamble) => {
        const b = withPreamble ? Buffer.concat([preamble, Buffer.from(bytes)]) : Buffer.from(bytes);
        expect(await onlyHarborErrorAsync(() => checkBackupBytes(b, kek))).toBeInstanceOf(HarborError);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated valid backups', async () => {
    expect(await checkBackupBytes(backupBytes, kek)).toBe(3);
    await fc.assert(
      fc.asyncProperty(mutation(backupBytes), async (bytes) => {
        expect(await onlyHarborErrorAsync(() => checkBackupBytes(bytes, kek))).toBeInstanceOf(HarborError);
      }),
      { numRuns: 300 },
    );
  });
});
