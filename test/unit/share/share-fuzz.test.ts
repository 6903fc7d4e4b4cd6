import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { createSentPackages, createSharedStories } from '../../../electron/share/index';
import { parseShareFile } from '../../../electron/share/share-file';
import { openPackage, openReceipt, openRevocation } from '../../../electron/share/share-seal';
import type { DeriveShareKeys, ShareKeys } from '../../../electron/share/share-keys';
import { FakeVault } from '../../support/fake-vault';
import { mutation } from '../vault/mutation';
import { cachedDerive, FLOOR_KDF, NOW, writerSetup } from '../../support/share-fixtures';

/** Each call on hostile input must finish well within this (a hang would show up as a timeout). */
const BOUND_MS = 250;

let packageBytes: Buffer;
let revocationBytes: Buffer;
let receiptBytes: Buffer;
let code: string;
let keys: ShareKeys;
/** The right keys whatever salt or settings a mutated header claims: what a right code would give. */
let rightKeys: DeriveShareKeys;

beforeAll(async () => {
  const derive = cachedDerive();
  const vault = new FakeVault();
  const { story, grant } = await writerSetup(vault);
  const writer = createSentPackages({ vault, clock: () => NOW, kdf: FLOOR_KDF, derive });
  const prepared = await writer.prepare({ storyId: story.id, grantId: grant.id, title: 'Fuzz' });
  await prepared.commit('f.harbor-share');
  ({ bytes: packageBytes, shareCode: code } = prepared);
  revocationBytes = (await writer.revoke(prepared.packageId)).bytes;
  const advocate = createSharedStories({ vault: new FakeVault(), clock: () => NOW, derive });
  await advocate.importPackage(packageBytes, code);
  receiptBytes = (await advocate.writeReceipt(prepared.packageId)).bytes;
  const file = parseShareFile(packageBytes);
  keys = await derive(code.replace(/-/g, ' '), file.header.kdf!.salt, file.header.kdf!);
  rightKeys = async () => ({
    package: Buffer.from(keys.package),
    check: Buffer.from(keys.check),
    revocation: Buffer.from(keys.revocation),
    receipt: Buffer.from(keys.receipt),
  });
});

async function settles(work: () => Promise<unknown> | unknown): Promise<void> {
  const start = performance.now();
  try {
    await work();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(HarborError);
    expect((e as HarborError).message).not.toMatch(/undefined|TypeError|RangeError/);
  }
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
}

describe('share file parsing under fuzz', () => {
  it('arbitrary bytes: a clear error, never a crash or a hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await settles(() => parseShareFile(bytes));
        await settles(() => openPackage(bytes, code, rightKeys));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid package, changed: refused with a HarborError (or, for no real change, opened)', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(packageBytes), async (bytes) => {
        await settles(async () => {
          const { payload } = await openPackage(bytes, code, rightKeys);
          // Only a change the checksum, key check and authentication all missed could land here.
          expect(payload.packageId).toBe(parseShareFile(packageBytes).header.packageId);
          throw new Error('a changed package opened');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('changed revocations and receipts are refused too', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(revocationBytes), mutation(receiptBytes), async (rev, rec) => {
        await settles(() => openRevocation(rev, Buffer.from(keys.revocation)));
        await settles(() => openReceipt(rec, Buffer.from(keys.receipt)));
      }),
      { numRuns: 300 },
    );
  });
});
