import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { formatErrorMessage } from '../../../shared/error-text/error-catalog';
import { createSentPackages, createSharedStories, generateShareCode } from '../../../electron/share/index';
import { openPackage, sealPackage } from '../../../electron/share/share-seal';
import { FakeVault } from '../../support/fake-vault';
import { cachedDerive, FLOOR_KDF, writerSetup } from '../../support/share-fixtures';

const derive = cachedDerive();
const clock = () => new Date('2027-01-10T09:00:00Z');

/** The writer's real package, and a forgery made from what anyone can read: its package id. */
async function realAndForged() {
  const writerVault = new FakeVault();
  const { story, grant } = await writerSetup(writerVault);
  const writer = createSentPackages({ vault: writerVault, clock, kdf: FLOOR_KDF, derive });
  const real = await writer.prepare({ storyId: story.id, grantId: grant.id, title: 'A story from the border' });
  await real.commit('for-the-hearing.harbor-share');
  // The forger copies the id into a package of their own, sealed with a code of their own.
  const { payload } = await openPackage(real.bytes, real.shareCode, derive);
  const forgedCode = generateShareCode();
  const forged = await sealPackage(
    { ...payload, title: 'FORGED', doc: { type: 'doc', content: [{ type: 'paragraph' }] } },
    forgedCode,
    FLOOR_KDF,
    derive,
  );
  return { writer, real, forged: { bytes: forged.bytes, shareCode: forgedCode } };
}

async function refusal(p: Promise<unknown>): Promise<HarborError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  return error as HarborError;
}

describe('a forged package with a real package id', () => {
  it('imported first, does not take over the real one: the real one is refused with the conflict named', async () => {
    const { real, forged } = await realAndForged();
    const advocate = createSharedStories({ vault: new FakeVault(), clock, derive });
    const first = await advocate.importPackage(forged.bytes, forged.shareCode);
    expect(first.title).toBe('FORGED');
    const error = await refusal(advocate.importPackage(real.bytes, real.shareCode));
    expect(error.code).toBe('integrity');
    expect(error.message).toContain(real.packageId);
    // The day the story already here came, so the person can tell which one they have.
    expect(error.params).toEqual({ packageId: real.packageId, date: '2027-01-10' });
    expect(error.message).toMatch(/sealed with a different share code.*added nothing/);
    expect(formatErrorMessage('es', error.messageKey, error.params)).toMatch(/otro código para compartir/);
    // Nothing was reported as added, and the story already there is untouched.
    expect((await advocate.list()).map((s) => s.title)).toEqual(['FORGED']);
  });

  it('imported after the real one, is refused, and the writer can still withdraw the real one', async () => {
    const { writer, real, forged } = await realAndForged();
    const advocate = createSharedStories({ vault: new FakeVault(), clock, derive });
    const view = await advocate.importPackage(real.bytes, real.shareCode);
    const error = await refusal(advocate.importPackage(forged.bytes, forged.shareCode));
    expect(error.messageKey).toBe('share.packageIdConflict');
    expect((await advocate.get(view.id)).title).toBe('A story from the border');
    // The same real package again is still the same shared story.
    expect((await advocate.importPackage(real.bytes, real.shareCode)).id).toBe(view.id);
    const withdrawn = await advocate.importRevocation((await writer.revoke(real.packageId)).bytes);
    expect(withdrawn.status).toBe('revoked');
  });
});
