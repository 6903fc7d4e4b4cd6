import { describe, expect, it } from 'vitest';
import { createGrantStore, defaultExpiry } from '../../../electron/consent/grant-store';
import { createSharingHistory } from '../../../electron/consent/sharing-history';
import { checkGrant } from '../../../shared/consent/check-grant';
import { HarborError } from '../../../shared/errors';
import { grantTerms } from '../../support/pipeline-fixtures';
import { FakeVault } from '../../support/fake-vault';

const STORY = 'story-aaaaaaaa';
const NOW = new Date('2027-02-01T10:00:00Z');

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(HarborError);
  return (e as HarborError).code;
}

describe('consent grants in the vault', () => {
  it('stores, lists per story, and defaults to one year', async () => {
    const store = createGrantStore(new FakeVault(), () => NOW);
    const g = await store.create([STORY, STORY], grantTerms({ expiresOn: defaultExpiry(NOW) }));
    expect(g.expiresOn).toBe('2028-02-01');
    expect(g.sourceIds).toEqual([STORY]);
    expect((await store.list(STORY)).map((x) => x.id)).toEqual([g.id]);
    expect(await store.list('story-bbbbbbbb')).toEqual([]);
    expect((await store.get(g.id)).audience.name).toBe('Senate Judiciary Committee');
  });

  it('refuses a past end date, more than three years, and a legislative audience without the public-record acknowledgement', async () => {
    const store = createGrantStore(new FakeVault(), () => NOW);
    await expect(codeOf(store.create([STORY], grantTerms({ expiresOn: '2027-01-31' })))).resolves.toBe('invalid_input');
    await expect(codeOf(store.create([STORY], grantTerms({ expiresOn: '2030-03-01' })))).resolves.toBe('invalid_input');
    await expect(codeOf(store.create([STORY], grantTerms({ publicRecordAcknowledged: false })))).resolves.toBe(
      'invalid_input',
    );
    await expect(
      store.create(
        [STORY],
        grantTerms({
          audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
          publicRecordAcknowledged: false,
        }),
      ),
    ).resolves.toMatchObject({ publicRecordAcknowledged: false });
  });

  it('cannot be stretched past three years from when it was given, however late it is edited', async () => {
    let now = NOW;
    const store = createGrantStore(new FakeVault(), () => now);
    const g = await store.create([STORY], grantTerms({ expiresOn: '2029-12-01' }));
    now = new Date('2029-06-01T10:00:00Z');
    await expect(codeOf(store.update(g.id, grantTerms({ expiresOn: '2031-01-01' })))).resolves.toBe('invalid_input');
    await expect(store.update(g.id, grantTerms({ expiresOn: '2029-07-01' }))).resolves.toMatchObject({
      expiresOn: '2029-07-01',
    });
  });

  it('refuses an impossible date at creation and on edit, and holds three years whatever the form said', async () => {
    const store = createGrantStore(new FakeVault(), () => NOW);
    for (const day of ['9999-99-99', '2099-13-45', '2025-02-30', '2028-02-30']) {
      await expect(codeOf(store.create([STORY], grantTerms({ expiresOn: day }))), day).resolves.toBe('invalid_input');
    }
    const g = await store.create([STORY], grantTerms({ expiresOn: '2028-01-01' }));
    await expect(codeOf(store.update(g.id, grantTerms({ expiresOn: '9999-99-99' })))).resolves.toBe('invalid_input');
    // Three years from the day it was given, to the day: not one more.
    await expect(store.create([STORY], grantTerms({ expiresOn: '2030-02-01' }))).resolves.toMatchObject({
      expiresOn: '2030-02-01',
    });
    await expect(codeOf(store.create([STORY], grantTerms({ expiresOn: '2030-02-02' })))).resolves.toBe('invalid_input');
  });

  it('a grant stored with an impossible date (an older vault) is still listed, and refused at export', async () => {
    const vault = new FakeVault();
    const record = await vault.create('grant', {
      ...grantTerms({ expiresOn: '2027-06-01' }),
      expiresOn: '9999-99-99',
      sourceIds: [STORY],
      createdAt: NOW.toISOString(),
      revoked: null,
    });
    const store = createGrantStore(vault, () => NOW);
    const [stored] = await store.list(STORY);
    expect(stored?.id).toBe(record.id);
    const codes = checkGrant(stored, { format: 'docx', sourceIds: [STORY], today: '2027-02-01' }).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['expired', 'expiry-too-far']));
  });

  it('a withdrawal is dated, kept once, and freezes the grant', async () => {
    const store = createGrantStore(new FakeVault(), () => NOW);
    const g = await store.create([STORY], grantTerms());
    const revoked = await store.revoke(g.id, 'I changed my mind');
    expect(revoked.revoked).toEqual({ at: NOW.toISOString(), reason: 'I changed my mind' });
    expect((await store.revoke(g.id, 'again')).revoked?.reason).toBe('I changed my mind');
    await expect(codeOf(store.update(g.id, grantTerms()))).resolves.toBe('forbidden');
  });

  it('the sharing history lists exports newest first and refuses a record without a real hash', async () => {
    const history = createSharingHistory(new FakeVault());
    const entry = {
      grantId: 'g-aaaaaaaa',
      audience: 'A',
      audienceKind: 'media',
      format: 'pdf' as const,
      fileName: 'a.pdf',
      sourceIds: [STORY],
    };
    await history.record({ ...entry, at: '2027-01-01T00:00:00Z', sha256: 'a'.repeat(64) });
    await history.record({ ...entry, at: '2027-02-01T00:00:00Z', sha256: 'b'.repeat(64) });
    expect((await history.list()).map((r) => r.sha256[0])).toEqual(['b', 'a']);
    await expect(history.record({ ...entry, at: '2027-03-01T00:00:00Z', sha256: 'not a hash' })).rejects.toThrow();
  });
});
