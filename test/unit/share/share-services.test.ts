import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { docToPlainText } from '../../../shared/story/plain-text';
import type { UseRecord } from '../../../shared/share/use-record';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createStoryService } from '../../../electron/stories/index';
import { createSentPackages, createSharedStories } from '../../../electron/share/index';
import { openPackage, sealRevocation } from '../../../electron/share/share-seal';
import type { SentPackageData, SharedStoryData } from '../../../electron/share/share-records';
import { FakeVault } from '../../support/fake-vault';
import { para, text } from '../../support/doc-fixtures';
import { cachedDerive, FLOOR_KDF, masterDoc, writerSetup } from '../../support/share-fixtures';

// The writer's records of what they sent and the advocate's of what they received, as each person
// sees them: what a list shows and in which order, what a withdrawal or a receipt changes, and
// what either side refuses (an unknown package, a damaged record, a story in the trash, one use
// too many).
const derive = cachedDerive();
const at = (iso: string) => () => new Date(iso);

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof HarborError)) throw e;
    return `${e.code} ${e.messageKey}`;
  }
  return 'done';
}

const use = (at: string, fileName = 'briefing.pdf'): UseRecord => ({
  at,
  audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
  purpose: 'the hearing on SB 123',
  format: 'pdf',
  fileName,
  sha256: null,
});

async function writer(clock = at('2027-01-10T09:00:00Z'), grantPatch = {}) {
  const vault = new FakeVault();
  const { story, grant } = await writerSetup(vault, grantPatch);
  return { vault, story, grant, sent: createSentPackages({ vault, clock, kdf: FLOOR_KDF, derive }) };
}

const advocateAt = (vault: FakeVault, iso: string) => createSharedStories({ vault, clock: at(iso), derive });

describe('the writer’s side', () => {
  it('makes a package in the language asked for, named for the day, and records it once written', async () => {
    const w = await writer();
    const es = await w.sent.prepare({
      storyId: w.story.id,
      grantId: w.grant.id,
      title: '  Una historia  ',
      language: 'es',
    });
    expect(es.suggestedFileName).toBe('historia-compartida-2027-01-10.harbor-share');
    expect(es.packageId).toMatch(/^[0-9a-f]{32}$/);
    const { payload } = await openPackage(es.bytes, es.shareCode, derive);
    expect(payload.language).toBe('es');
    expect(payload.title).toBe('Una historia');
    expect(payload.createdAt).toBe('2027-01-10T09:00:00.000Z');
    expect(payload.expiresOn).toBe('2027-06-01');
    expect(docToPlainText(payload.doc)).toContain('[nombre omitido]');
    // Nothing is recorded until the file is safely written.
    expect(await w.sent.list()).toEqual([]);
    const view = await es.commit('para-la-audiencia.harbor-share');
    expect(view).toMatchObject({
      packageId: es.packageId,
      storyId: w.story.id,
      grantId: w.grant.id,
      title: 'Una historia',
      fileName: 'para-la-audiencia.harbor-share',
      createdAt: '2027-01-10T09:00:00.000Z',
      expiresOn: '2027-06-01',
      revokedAt: null,
      status: 'active',
      uses: [],
      lastReceiptAt: null,
    });
    expect(view.terms.purpose).toBe('the hearing on SB 123');
    expect(await w.sent.get(es.packageId)).toEqual(view);

    const en = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    expect((await openPackage(en.bytes, en.shareCode, derive)).payload.language).toBe('en');
  });

  it('lets no marked detail out through the title, the audience or the purpose', async () => {
    const w = await writer(at('2027-01-10T09:00:00Z'), {
      audience: { kind: 'advocacy-organization', name: 'Casa Tijuana' },
      purpose: 'to tell Rosa Delgado’s story',
    });
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: 'What happened in Tijuana' });
    const { payload } = await openPackage(p.bytes, p.shareCode, derive);
    const out = JSON.stringify(payload);
    for (const secret of ['Tijuana', 'Rosa', 'Delgado']) expect(out).not.toContain(secret);
    expect(payload.title).toMatch(/^What happened in \S/);
    expect(payload.terms.audience.kind).toBe('advocacy-organization');
  });

  it('withholds a spelling the writer added to a marked detail, wherever it is written unmarked', async () => {
    const w = await writer();
    const stories = createStoryService(w.vault);
    const story = await stories.get(w.story.id);
    await stories.update(story.id, {
      doc: { ...masterDoc, content: [...masterDoc.content!, para(text('Rositanova called me.'))] },
    });
    const [rosa, ...rest] = await stories.details(story.id);
    expect(rosa!.text).toBe('Rosa Delgado');
    await stories.setDetails(story.id, [
      { ...rosa!, variants: [...rosa!.variants, { text: 'Rositanova', on: true, added: true }] },
      ...rest,
    ]);
    const p = await w.sent.prepare({ storyId: story.id, grantId: w.grant.id, title: 'Rositanova' });
    const { payload } = await openPackage(p.bytes, p.shareCode, derive);
    expect(JSON.stringify(payload)).not.toContain('Rositanova');
    expect(docToPlainText(payload.doc)).toContain('called me.');
  });

  it('refuses a grant that does not cover the story, or one withdrawn, and names why', async () => {
    const w = await writer();
    const other = await writerSetup(w.vault);
    const refused = await w.sent
      .prepare({ storyId: w.story.id, grantId: other.grant.id, title: null })
      .catch((e: unknown) => e as HarborError);
    expect(refused).toBeInstanceOf(HarborError);
    expect((refused as HarborError).messageKey).toBe('consent.refused');
    expect(String((refused as HarborError).params.reasons)).toMatch(/does not cover/);
    // The window lists every reason from the refusal's details, not only the first in the message.
    const { refusals } = (refused as HarborError<'consent_refused'>).details!;
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.map((r) => r.code)).toContain('source-not-covered');
    await createGrantStore(w.vault, () => new Date('2027-01-10T09:00:00Z')).revoke(w.grant.id, 'no');
    expect(await refusal(w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null }))).toBe(
      'consent_refused consent.refused',
    );
    expect(await w.sent.list()).toEqual([]);
  });

  it('credits the name the consent chose and sends no title made of spaces', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: '   ' });
    const { payload } = await openPackage(p.bytes, p.shareCode, derive);
    expect(payload.title).toBeNull();
    expect(payload.terms.attribution).toBe('M. R.');
    expect(docToPlainText(payload.doc)).toContain('I am M. R.');
    expect((await p.commit('p.harbor-share')).title).toBeNull();
  });

  it('refuses a receipt or a withdrawal for a package it never had', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    const advocateVault = new FakeVault();
    await advocateAt(advocateVault, '2027-01-11T09:00:00Z').importPackage(p.bytes, p.shareCode);
    // Never committed: the writer's vault has no record of it.
    const receipt = (await advocateAt(advocateVault, '2027-01-12T09:00:00Z').writeReceipt(p.packageId)).bytes;
    expect(await refusal(w.sent.importReceipt(receipt))).toBe('not_found share.unknownPackage');
    await p.commit('p.harbor-share');
    const withdrawal = (await w.sent.revoke(p.packageId)).bytes;
    // Withdrawn without a reason: none is made up.
    expect((await w.vault.list<SentPackageData>('share-package'))[0]!.data.revoked!.reason).toBe('');
    expect(await refusal(advocateAt(new FakeVault(), '2027-01-12T09:00:00Z').importRevocation(withdrawal))).toBe(
      'not_found share.unknownPackage',
    );
  });

  it('refuses to send a story in the trash', async () => {
    const w = await writer();
    await createStoryService(w.vault).trash(w.story.id);
    expect(await refusal(w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null }))).toBe(
      'forbidden share.storyInTrash',
    );
  });

  it('lists packages newest first, per story, and says when one is not there', async () => {
    const w = await writer();
    const later = createSentPackages({ vault: w.vault, clock: at('2027-01-20T09:00:00Z'), kdf: FLOOR_KDF, derive });
    const a = await later.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    const b = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    // Written in the other order than made: the list follows when each was made.
    await a.commit('a.harbor-share');
    await b.commit('b.harbor-share');
    expect((await w.sent.list()).map((p) => p.fileName)).toEqual(['a.harbor-share', 'b.harbor-share']);
    expect((await w.sent.list(w.story.id)).map((p) => p.fileName)).toEqual(['a.harbor-share', 'b.harbor-share']);
    expect(await w.sent.list('story-elsewhere')).toEqual([]);
    expect(await refusal(w.sent.get('0'.repeat(32)))).toBe('not_found share.sentNotFound');
    expect(await refusal(w.sent.revoke('0'.repeat(32)))).toBe('not_found share.sentNotFound');
  });

  it('withdraws a package for good, keeping the first date and a reason of at most 1000 characters', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    await p.commit('p.harbor-share');
    const first = await w.sent.revoke(p.packageId, 'x'.repeat(1500));
    expect(first.view.status).toBe('revoked');
    expect(first.view.revokedAt).toBe('2027-01-10T09:00:00.000Z');
    // Recorded in the vault, not only in the answer.
    expect((await w.sent.get(p.packageId)).status).toBe('revoked');
    const [record] = await w.vault.list<SentPackageData>('share-package');
    expect(record!.data.revoked!.reason).toHaveLength(1000);
    const again = createSentPackages({ vault: w.vault, clock: at('2027-02-01T00:00:00Z'), kdf: FLOOR_KDF, derive });
    expect((await again.revoke(p.packageId, 'another reason')).view.revokedAt).toBe('2027-01-10T09:00:00.000Z');
    expect((await w.vault.list<SentPackageData>('share-package'))[0]!.data.revoked!.reason).toHaveLength(1000);
  });

  it('refuses to withdraw, or to read a receipt for, a package whose record was damaged', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    await p.commit('p.harbor-share');
    const advocate = advocateAt(new FakeVault(), '2027-01-11T09:00:00Z');
    await advocate.importPackage(p.bytes, p.shareCode);
    const receipt = (await advocate.writeReceipt(p.packageId)).bytes;
    const [record] = await w.vault.list<SentPackageData>('share-package');
    await w.vault.put(record!.id, { ...record!.data, keys: { revocation: 'AAAA', receipt: 'AAAA' } });
    expect(await refusal(w.sent.revoke(p.packageId))).toBe('integrity share.damagedPackageRecord');
    expect(await refusal(w.sent.importReceipt(receipt))).toBe('integrity share.damagedPackageRecord');
  });

  it('keeps the latest receipt’s date and lists uses newest first, whichever receipt arrives first', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    await p.commit('p.harbor-share');
    const advocateVault = new FakeVault();
    await advocateAt(advocateVault, '2027-01-11T09:00:00Z').importPackage(p.bytes, p.shareCode);
    await advocateAt(advocateVault, '2027-01-12T09:00:00Z').recordUse(
      p.packageId,
      use('2027-01-12T09:00:00Z', 'one.pdf'),
    );
    const older = (await advocateAt(advocateVault, '2027-01-13T09:00:00Z').writeReceipt(p.packageId)).bytes;
    await advocateAt(advocateVault, '2027-01-14T09:00:00Z').recordUse(
      p.packageId,
      use('2027-01-14T09:00:00Z', 'two.pdf'),
    );
    const newer = (await advocateAt(advocateVault, '2027-01-15T09:00:00Z').writeReceipt(p.packageId)).bytes;

    expect((await w.sent.importReceipt(newer)).lastReceiptAt).toBe('2027-01-15T09:00:00.000Z');
    const after = await w.sent.importReceipt(older);
    expect(after.lastReceiptAt).toBe('2027-01-15T09:00:00.000Z');
    expect(after.uses.map((u) => u.fileName)).toEqual(['two.pdf', 'one.pdf']);
    expect((await w.sent.get(p.packageId)).uses).toHaveLength(2);

    // In the order they came: the older receipt first, then the newer one moves both forward.
    const [record] = await w.vault.list<SentPackageData>('share-package');
    await w.vault.put(record!.id, { ...record!.data, uses: [], lastReceiptAt: null });
    expect((await w.sent.importReceipt(older)).lastReceiptAt).toBe('2027-01-13T09:00:00.000Z');
    const both = await w.sent.importReceipt(newer);
    expect(both.lastReceiptAt).toBe('2027-01-15T09:00:00.000Z');
    expect(both.uses.map((u) => u.fileName)).toEqual(['two.pdf', 'one.pdf']);
  });
});

describe('the advocate’s side', () => {
  it('keeps what the package carried and when it came, and finds it by either id', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null, language: 'es' });
    const vault = new FakeVault();
    const advocate = advocateAt(vault, '2027-01-11T10:00:00Z');
    const view = await advocate.importPackage(p.bytes, p.shareCode);
    expect(view).toMatchObject({
      packageId: p.packageId,
      title: null,
      language: 'es',
      importedAt: '2027-01-11T10:00:00.000Z',
      createdAt: '2027-01-10T09:00:00.000Z',
      expiresOn: '2027-06-01',
      revokedAt: null,
      status: 'active',
      useCount: 0,
      uses: [],
    });
    expect(docToPlainText(view.doc!)).toContain('[nombre omitido]');
    expect(await advocate.get(view.id)).toEqual(view);
    expect(await advocate.get(p.packageId)).toEqual(view);
    expect(await refusal(advocate.get('0'.repeat(32)))).toBe('not_found share.sharedStoryNotFound');
    expect(await advocate.termsSentence(view.id, 'es')).toMatch(/^Puedes citar/);
    expect(await advocate.excerptSource(p.packageId)).toEqual({
      sharedStoryId: view.id,
      sourceLabel: '',
      terms: view.terms,
      revokedAt: null,
    });
    // Each use is counted, newest first.
    await advocate.recordUse(view.id, use('2027-01-11T11:00:00Z', 'one.pdf'));
    const two = await advocate.recordUse(p.packageId, use('2027-01-11T12:00:00Z', 'two.pdf'));
    expect(two.useCount).toBe(2);
    expect(two.uses.map((u) => u.fileName)).toEqual(['two.pdf', 'one.pdf']);
    expect((await advocate.list())[0]!.useCount).toBe(2);
  });

  it('lists shared stories by when they came, newest first', async () => {
    const w = await writer();
    const a = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: 'A' });
    const b = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: 'B' });
    const vault = new FakeVault();
    await advocateAt(vault, '2027-01-20T10:00:00Z').importPackage(a.bytes, a.shareCode);
    await advocateAt(vault, '2027-01-11T10:00:00Z').importPackage(b.bytes, b.shareCode);
    expect((await advocateAt(vault, '2027-01-21T10:00:00Z').list()).map((s) => s.title)).toEqual(['A', 'B']);
    expect((await advocateAt(vault, '2027-01-21T10:00:00Z').excerptSource(a.packageId)).sourceLabel).toBe('A');
  });

  it('keeps the first withdrawal: a later one changes neither its date nor its reason', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    await p.commit('p.harbor-share');
    const vault = new FakeVault();
    const advocate = advocateAt(vault, '2027-01-11T10:00:00Z');
    await advocate.importPackage(p.bytes, p.shareCode);
    const first = await advocate.importRevocation((await w.sent.revoke(p.packageId, 'I changed my mind')).bytes);
    expect(first.revokedAt).toBe('2027-01-10T09:00:00.000Z');
    const [record] = await vault.list<SharedStoryData>('shared-story');
    expect(record!.data.revoked).toEqual({ at: '2027-01-10T09:00:00.000Z', reason: 'I changed my mind' });
    expect(await refusal(advocate.recordUse(p.packageId, use('2027-01-12T00:00:00Z')))).toBe(
      'consent_refused share.withdrawnNoQuoting',
    );
    expect(await advocate.excerptSource(p.packageId)).toMatchObject({ revokedAt: '2027-01-10T09:00:00.000Z' });
    // A second, different withdrawal made with the same key.
    const { keys } = await openPackage(p.bytes, p.shareCode, derive);
    const later = sealRevocation(keys.revocation, {
      format: 'harbor-share-revocation',
      packageId: p.packageId,
      revokedAt: '2027-03-01T00:00:00.000Z',
      reason: 'changed again',
    });
    expect((await advocate.importRevocation(later)).revokedAt).toBe('2027-01-10T09:00:00.000Z');
    expect((await vault.list<SharedStoryData>('shared-story'))[0]!.data.revoked!.reason).toBe('I changed my mind');
  });

  it('refuses a use past the expiry with the date, and one use past the most it keeps', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    const vault = new FakeVault();
    const view = await advocateAt(vault, '2027-01-11T10:00:00Z').importPackage(p.bytes, p.shareCode);
    expect(
      await refusal(advocateAt(vault, '2027-06-02T10:00:00Z').recordUse(view.id, use('2027-06-02T10:00:00Z'))),
    ).toBe('consent_refused share.expiredNoQuoting');
    // On its last day it may still be quoted.
    await advocateAt(vault, '2027-06-01T10:00:00Z').recordUse(view.id, use('2027-06-01T10:00:00Z'));
    const record = await vault.get<SharedStoryData>(view.id);
    const full = Array.from({ length: 9_999 }, (_, i) => use(`2027-01-11T10:00:${String(i % 60).padStart(2, '0')}Z`));
    await vault.put(view.id, { ...record.data, uses: full });
    const advocate = advocateAt(vault, '2027-01-12T10:00:00Z');
    expect((await advocate.recordUse(view.id, use('2027-01-12T10:00:00Z'))).useCount).toBe(10_000);
    expect(await refusal(advocate.recordUse(view.id, use('2027-01-12T10:00:01Z')))).toBe(
      'invalid_input share.tooManyUses',
    );
  });

  it('refuses a package past its last day, naming the day, and takes it on that day', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    const late = advocateAt(new FakeVault(), '2027-06-02T12:00:00Z');
    const refused = await late.importPackage(p.bytes, p.shareCode).catch((e: unknown) => e as HarborError);
    expect(refused).toBeInstanceOf(HarborError);
    expect(`${(refused as HarborError).code} ${(refused as HarborError).messageKey}`).toBe(
      'consent_refused share.expiredOnImport',
    );
    expect((refused as HarborError).params).toEqual({ date: '2027-06-01' });
    expect(await late.list()).toEqual([]);
    expect((await advocateAt(new FakeVault(), '2027-06-01T12:00:00Z').importPackage(p.bytes, p.shareCode)).status).toBe(
      'active',
    );
  });

  it('withdraws only the package the withdrawal names, whichever of several came first', async () => {
    const w = await writer();
    const a = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: 'A' });
    const b = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: 'B' });
    await a.commit('a.harbor-share');
    await b.commit('b.harbor-share');
    const vault = new FakeVault();
    const advocate = advocateAt(vault, '2027-01-11T10:00:00Z');
    await advocate.importPackage(a.bytes, a.shareCode);
    await advocate.importPackage(b.bytes, b.shareCode);
    for (const [gone, kept] of [
      [a, b],
      [b, a],
    ] as const) {
      await advocate.importRevocation((await w.sent.revoke(gone.packageId)).bytes);
      expect((await advocate.get(gone.packageId)).doc).toBeNull();
      if (gone === a) expect((await advocate.get(kept.packageId)).status).toBe('active');
    }
    expect((await advocate.list()).map((s) => `${s.title} ${s.status}`).sort()).toEqual(['A revoked', 'B revoked']);
  });

  it('refuses a withdrawal or a receipt when its record was damaged', async () => {
    const w = await writer();
    const p = await w.sent.prepare({ storyId: w.story.id, grantId: w.grant.id, title: null });
    await p.commit('p.harbor-share');
    const vault = new FakeVault();
    const advocate = advocateAt(vault, '2027-01-11T10:00:00Z');
    const view = await advocate.importPackage(p.bytes, p.shareCode);
    const record = await vault.get<SharedStoryData>(view.id);
    await vault.put(view.id, { ...record.data, keys: { revocation: 'AAAA', receipt: 'AAAA' } });
    const withdrawal = (await w.sent.revoke(p.packageId)).bytes;
    expect(await refusal(advocate.importRevocation(withdrawal))).toBe('integrity share.damagedSharedStoryRecord');
    expect(await refusal(advocate.writeReceipt(view.id))).toBe('integrity share.damagedSharedStoryRecord');
    expect(await refusal(advocate.importPackage(p.bytes, p.shareCode))).toBe(
      'integrity share.damagedSharedStoryRecord',
    );
  });
});
