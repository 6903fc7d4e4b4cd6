import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HarborError, type ErrorCode } from '../../../shared/errors';
import { docToPlainText } from '../../../shared/story/plain-text';
import { createSentPackages, createSharedStories } from '../../../electron/share/index';
import { parseShareFile } from '../../../electron/share/share-file';
import { normalizeShareCode } from '../../../electron/share/share-code';
import { encodeShareFile, encodeShareHeader } from '../../../electron/share/share-file';
import { keyCheck } from '../../../electron/share/share-keys';
import { openPackage, sealRevocation } from '../../../electron/share/share-seal';
import { randomBytes, seal } from '../../../electron/vault/aead';
import { SALT_BYTES } from '../../../electron/vault/constants';
import { FakeVault } from '../../support/fake-vault';
import { cachedDerive, FLOOR_KDF, NOW, SECRETS, writerSetup } from '../../support/share-fixtures';

const derive = cachedDerive();
const at = (iso: string) => () => new Date(iso);

async function errorOf(p: Promise<unknown>): Promise<HarborError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HarborError);
    return e as HarborError;
  }
  throw new Error('expected a refusal');
}
async function expectCode(p: Promise<unknown>, code: ErrorCode): Promise<string> {
  const e = await errorOf(p);
  expect(e.code, e.message).toBe(code);
  return e.message;
}

/** Writer makes a package; returns both sides' services and what the writer got. */
async function shared(clock = at('2027-01-10T09:00:00Z')) {
  const writerVault = new FakeVault();
  const { story, grant } = await writerSetup(writerVault);
  const writer = createSentPackages({ vault: writerVault, clock, kdf: FLOOR_KDF, derive });
  const prepared = await writer.prepare({ storyId: story.id, grantId: grant.id, title: 'A story from the border' });
  const sent = await prepared.commit('for-the-hearing.harbor-share');
  const advocateVault = new FakeVault();
  return { writer, prepared, sent, story, grant, writerVault, advocateVault };
}

const advocateAt = (vault: FakeVault, iso: string) => createSharedStories({ vault, clock: at(iso), derive });

/** Recomputes the damage checksum, as an attacker could, so the authentication is what is tested. */
function reseal(bytes: Buffer): Buffer {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

describe('share package round trip', () => {
  it('carries the transformed text, the terms and the approved title to a second vault', async () => {
    const { prepared, sent, advocateVault } = await shared();
    expect(prepared.shareCode.split('-')).toHaveLength(7);
    expect(sent.status).toBe('active');
    const advocate = advocateAt(advocateVault, '2027-01-11T10:00:00Z');
    // Typed as a person might: capitals, spaces instead of hyphens, stray spaces.
    const typed = ` ${prepared.shareCode.toUpperCase().replace(/-/g, '  ')} `;
    const view = await advocate.importPackage(prepared.bytes, typed);
    expect(view.packageId).toBe(prepared.packageId);
    expect(view.title).toBe('A story from the border');
    expect(view.status).toBe('active');
    const body = docToPlainText(view.doc!);
    expect(body).toContain('[name withheld] took me to [place withheld] in the spring.');
    expect(body).toContain('I am M. R.');
    expect(body).toContain('Now I speak so it stops happening to others.');
    expect(view.terms.attribution).toBe('M. R.');
    expect(view.terms.audience.kind).toBe('legislative-committee');
    expect(await advocate.termsSentence(view.id)).toBe(
      "You may quote this for Senate Judiciary Committee (a legislative committee), for the hearing on SB 123, credited to 'M. R.', as PDF or DOCX, until 1 June 2027. Marked names and places were removed before it was shared.",
    );
    expect((await advocate.list()).map((s) => s.id)).toEqual([view.id]);
    // The same package twice is one shared story, not two.
    expect((await advocate.importPackage(prepared.bytes, prepared.shareCode)).id).toBe(view.id);
    expect(await advocate.list()).toHaveLength(1);
  });

  it('never carries the master copy: redacted details, the real name and private notes are absent', async () => {
    const { prepared } = await shared();
    const bytes = prepared.bytes.toString('latin1');
    const { payload } = await openPackage(prepared.bytes, prepared.shareCode, derive);
    const decrypted = JSON.stringify(payload);
    for (const secret of SECRETS) {
      expect(bytes).not.toContain(secret);
      expect(decrypted).not.toContain(secret);
      expect(decrypted.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()).not.toContain(
        secret.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
      );
    }
    // Not even the master's title (which names a place) unless the writer approved it as the title.
    expect(decrypted).not.toContain('What happened in');
    expect(decrypted).not.toContain('"sensitive"');
  });

  it('leaves out the note the writer kept with the consent ("a note for yourself")', async () => {
    const vault = new FakeVault();
    const { story, grant } = await writerSetup(vault, { note: 'Ask Ana before the hearing; she knows my cousin.' });
    const writer = createSentPackages({ vault, clock: at('2027-01-10T09:00:00Z'), kdf: FLOOR_KDF, derive });
    const p = await writer.prepare({ storyId: story.id, grantId: grant.id, title: 'A story' });
    const { payload } = await openPackage(p.bytes, p.shareCode, derive);
    expect(JSON.stringify(payload)).not.toMatch(/Ana|cousin/);
    const view = await advocateAt(new FakeVault(), '2027-01-11T10:00:00Z').importPackage(p.bytes, p.shareCode);
    expect(view.terms.note).toBe('');
  });

  it('sends no title when the writer approved none', async () => {
    const vault = new FakeVault();
    const { story, grant } = await writerSetup(vault);
    const writer = createSentPackages({ vault, clock: at('2027-01-10T09:00:00Z'), kdf: FLOOR_KDF, derive });
    const p = await writer.prepare({ storyId: story.id, grantId: grant.id, title: '  ' });
    expect((await openPackage(p.bytes, p.shareCode, derive)).payload.title).toBeNull();
    expect((await p.commit('p.harbor-share')).title).toBeNull();
  });

  it('sends the approved title without the spaces typed around it, and records it so', async () => {
    const vault = new FakeVault();
    const { story, grant } = await writerSetup(vault);
    const writer = createSentPackages({ vault, clock: at('2027-01-10T09:00:00Z'), kdf: FLOOR_KDF, derive });
    const p = await writer.prepare({ storyId: story.id, grantId: grant.id, title: '  For the hearing \n' });
    expect((await openPackage(p.bytes, p.shareCode, derive)).payload.title).toBe('For the hearing');
    expect((await p.commit('p.harbor-share')).title).toBe('For the hearing');
  });

  it('lists each package in the writer’s records, with the file name only', async () => {
    const { writer, sent, story } = await shared();
    const list = await writer.list(story.id);
    expect(list).toEqual([sent]);
    expect(list[0]!.fileName).toBe('for-the-hearing.harbor-share');
    expect(await writer.list('0'.repeat(32))).toEqual([]);
  });
});

describe('opening a package', () => {
  it('a wrong share code is told apart from a damaged file', async () => {
    const { prepared, advocateVault } = await shared();
    const advocate = advocateAt(advocateVault, '2027-01-11T10:00:00Z');
    const words = prepared.shareCode.split('-');
    const wrong = [...words.slice(0, 6), words[6] === 'abandon' ? 'ability' : 'abandon'].join('-');
    expect(await expectCode(advocate.importPackage(prepared.bytes, wrong), 'wrong_passphrase')).toMatch(
      /does not open/,
    );
    expect(await expectCode(advocate.importPackage(prepared.bytes, 'seven words please'), 'wrong_passphrase')).toMatch(
      /seven words/,
    );
    expect(await advocate.list()).toEqual([]);
  });

  it('a changed byte anywhere is caught: the checksum, the key check or the authentication', async () => {
    const { prepared } = await shared();
    const bytes = prepared.bytes;
    const file = parseShareFile(bytes);
    // The layout (docs/share-format.md), so every class of offset is named in a failure.
    const nonceStart = file.aad.length;
    const cipherStart = nonceStart + 12 + 4;
    const tagStart = cipherStart + file.ciphertext.length - 16;
    const digestStart = bytes.length - 32;
    expect(digestStart).toBe(tagStart + 16);
    const classOf = (i: number) =>
      i < 8
        ? 'magic'
        : i < 10
          ? 'version and type'
          : i < 26
            ? 'package id'
            : i < 35
              ? 'KDF cost'
              : i < 51
                ? 'salt'
                : i < 67
                  ? 'key check'
                  : i < cipherStart - 4
                    ? 'nonce'
                    : i < cipherStart
                      ? 'length'
                      : i < tagStart
                        ? 'ciphertext'
                        : i < digestStart
                          ? 'tag'
                          : 'checksum';
    expect(classOf(nonceStart)).toBe('nonce');
    const refusal = async (changed: Buffer) => {
      try {
        await openPackage(changed, prepared.shareCode, derive);
        return 'opened';
      } catch (e) {
        return e instanceof HarborError ? e.code : `threw ${String(e)}`;
      }
    };
    const opened: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Buffer.from(bytes);
      flipped[i]! ^= 1;
      // Plain damage, anywhere: the checksum (or the magic and version before it) refuses it.
      const plain = await refusal(flipped);
      if (!['integrity', 'invalid_input'].includes(plain)) opened.push(`${classOf(i)} @${i}: ${plain}`);
      // (The salt is sampled at both ends: each changed salt costs a real key derivation.)
      if (i >= digestStart || (classOf(i) === 'salt' && i !== 35 && i !== 50)) continue;
      // A deliberate change with the checksum recomputed: the key check or the authentication.
      const resealed = await refusal(reseal(flipped));
      if (!['integrity', 'invalid_input', 'wrong_passphrase'].includes(resealed))
        opened.push(`${classOf(i)} @${i} resealed: ${resealed}`);
    }
    expect(opened).toEqual([]);
    // Damage reads as damage, not as a wrong share code, in the parts the key check does not cover.
    for (const i of [nonceStart, cipherStart + 5, tagStart, tagStart + 15]) {
      const flipped = Buffer.from(bytes);
      flipped[i]! ^= 1;
      expect(await expectCode(openPackage(flipped, prepared.shareCode, derive), 'integrity')).toMatch(
        /damaged or was changed/,
      );
      expect(await refusal(reseal(flipped)), classOf(i)).toBe('integrity');
    }
    // KDF settings lowered below the floor are a downgrade: refused before any derivation.
    const weak = Buffer.from(bytes);
    weak.writeUInt32BE(1024, 26);
    expect(await expectCode(openPackage(reseal(weak), prepared.shareCode, derive), 'integrity')).toBeTruthy();
  });

  it('refuses a file that is not a share package', async () => {
    const { prepared, writer } = await shared();
    await expectCode(openPackage(Buffer.from('PK\u0003\u0004 a zip file'), 'x', derive), 'integrity');
    const revocation = (await writer.revoke(prepared.packageId)).bytes;
    expect(await expectCode(openPackage(revocation, prepared.shareCode, derive), 'invalid_input')).toMatch(
      /not a shared story/,
    );
  });
});

/** A package sealed like sealPackage does, but around any payload: what a forger with a share code could make. */
async function craftPackage(payload: Record<string, unknown>, code: string): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const keys = await derive(normalizeShareCode(code)!, salt, FLOOR_KDF);
  const base = { type: 'package' as const, packageId: payload.packageId as string, kdf: { ...FLOOR_KDF, salt } };
  const { checked } = encodeShareHeader(base);
  const { aad } = encodeShareHeader({ ...base, keyCheck: keyCheck(keys, checked) });
  const sealed = seal(keys.package, Buffer.from(JSON.stringify(payload), 'utf8'), aad);
  return encodeShareFile(aad, sealed.nonce, sealed.ciphertext);
}

describe('a package whose last day is not a day', () => {
  it.each(['9999-99-99', '2099-13-45', '2025-02-30'])(
    'is refused on import (%s), never kept as lasting forever',
    async (day) => {
      const { prepared } = await shared();
      const { payload } = await openPackage(prepared.bytes, prepared.shareCode, derive);
      const forged = await craftPackage(
        { ...payload, expiresOn: day, terms: { ...payload.terms, expiresOn: day } },
        prepared.shareCode,
      );
      const vault = new FakeVault();
      await expectCode(
        advocateAt(vault, '2027-01-12T10:00:00Z').importPackage(forged, prepared.shareCode),
        'integrity',
      );
      expect(await advocateAt(vault, '2027-01-12T10:00:00Z').list()).toEqual([]);
      // The same package with a real day goes in: it is the date that is refused.
      const honest = await craftPackage(payload, prepared.shareCode);
      await advocateAt(vault, '2027-01-12T10:00:00Z').importPackage(honest, prepared.shareCode);
    },
  );
});

describe('expiry and withdrawal', () => {
  it('an expired package is not added, and an imported one that expires can no longer be quoted', async () => {
    const { prepared, advocateVault } = await shared();
    const late = advocateAt(new FakeVault(), '2027-06-02T08:00:00Z');
    expect(await expectCode(late.importPackage(prepared.bytes, prepared.shareCode), 'consent_refused')).toMatch(
      /ended on 2027-06-01/,
    );

    await advocateAt(advocateVault, '2027-05-01T08:00:00Z').importPackage(prepared.bytes, prepared.shareCode);
    const use = {
      at: '2027-05-02T10:00:00Z',
      audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
      purpose: 'the hearing on SB 123',
      format: 'pdf' as const,
      fileName: 'briefing.pdf',
      sha256: 'a'.repeat(64),
    };
    await advocateAt(advocateVault, '2027-05-02T10:00:00Z').recordUse(prepared.packageId, use);
    const later = advocateAt(advocateVault, '2027-06-02T08:00:00Z');
    expect((await later.get(prepared.packageId)).status).toBe('expired');
    expect(await expectCode(later.recordUse(prepared.packageId, use), 'consent_refused')).toMatch(
      /no longer be quoted/,
    );
  });

  it('a withdrawal from the writer removes the text and stops any further use', async () => {
    const { prepared, writer, advocateVault } = await shared();
    const advocate = advocateAt(advocateVault, '2027-01-12T10:00:00Z');
    await advocate.importPackage(prepared.bytes, prepared.shareCode);
    const { bytes, view } = await writer.revoke(prepared.packageId, 'I changed my mind');
    expect(view.status).toBe('revoked');
    // Writing the withdrawal again keeps the first date.
    expect((await writer.revoke(prepared.packageId)).view.revokedAt).toBe(view.revokedAt);
    const after = await advocate.importRevocation(bytes);
    expect(after.status).toBe('revoked');
    expect(after.doc).toBeNull();
    expect(after.revokedAt).toBe(view.revokedAt);
    expect(JSON.stringify((await advocateVault.get(after.id)).data)).not.toContain('stops happening');
    await expectCode(
      advocate.recordUse(prepared.packageId, {
        at: '2027-01-13T00:00:00Z',
        audience: { kind: 'legislative-committee', name: 'x' },
        purpose: 'x',
        format: 'pdf',
        fileName: 'x.pdf',
        sha256: null,
      }),
      'consent_refused',
    );
  });

  it('a withdrawal nobody with the share code made is refused', async () => {
    const { prepared, advocateVault } = await shared();
    const advocate = advocateAt(advocateVault, '2027-01-12T10:00:00Z');
    await advocate.importPackage(prepared.bytes, prepared.shareCode);
    const forged = sealRevocation(Buffer.alloc(32, 7), {
      format: 'harbor-share-revocation',
      packageId: prepared.packageId,
      revokedAt: '2027-01-12T00:00:00Z',
      reason: '',
    });
    await expectCode(advocate.importRevocation(forged), 'integrity');
    expect((await advocate.get(prepared.packageId)).status).toBe('active');
    // A withdrawal for a package this vault never received.
    const other = await shared();
    await expectCode(
      advocate.importRevocation((await other.writer.revoke(other.prepared.packageId)).bytes),
      'not_found',
    );
  });
});

describe('receipts', () => {
  it('the writer sees every use the advocate recorded, and only a receipt made with the code counts', async () => {
    const { prepared, writer, advocateVault } = await shared();
    const advocate = advocateAt(advocateVault, '2027-02-01T10:00:00Z');
    await advocate.importPackage(prepared.bytes, prepared.shareCode);
    const uses = [
      {
        at: '2027-02-01T10:00:00Z',
        audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
        purpose: 'the hearing on SB 123',
        format: 'pdf' as const,
        fileName: 'briefing-sb123.pdf',
        sha256: 'b'.repeat(64),
      },
      {
        at: '2027-02-03T10:00:00Z',
        audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
        purpose: 'the hearing on SB 123',
        format: 'docx' as const,
        fileName: 'joint-testimony.docx',
        sha256: null,
      },
    ];
    for (const u of uses) await advocate.recordUse(prepared.packageId, u);
    const { bytes } = await advocate.writeReceipt(prepared.packageId);
    expect(bytes.toString('latin1')).not.toContain('briefing-sb123');
    const seen = await writer.importReceipt(bytes);
    expect(seen.uses.map((u) => u.fileName)).toEqual(['joint-testimony.docx', 'briefing-sb123.pdf']);
    expect(seen.lastReceiptAt).toBe('2027-02-01T10:00:00.000Z');
    // The same receipt twice adds nothing.
    expect((await writer.importReceipt(bytes)).uses).toHaveLength(2);
    // A receipt for someone else's package is not this writer's.
    const other = await shared();
    await other.advocateVault;
    const elsewhere = advocateAt(other.advocateVault, '2027-02-01T10:00:00Z');
    await elsewhere.importPackage(other.prepared.bytes, other.prepared.shareCode);
    await expectCode(writer.importReceipt((await elsewhere.writeReceipt(other.prepared.packageId)).bytes), 'not_found');
    // A changed receipt is refused.
    const changed = Buffer.from(bytes);
    changed[changed.length - 40]! ^= 1;
    await expectCode(writer.importReceipt(reseal(changed)), 'integrity');
  });
});

describe('making a package obeys the consent', () => {
  it('refuses a withdrawn or expired grant, or one that does not cover the story', async () => {
    const vault = new FakeVault();
    const { story, grant } = await writerSetup(vault);
    const late = createSentPackages({ vault, clock: at('2027-07-01T00:00:00Z'), kdf: FLOOR_KDF, derive });
    expect(
      await expectCode(late.prepare({ storyId: story.id, grantId: grant.id, title: null }), 'consent_refused'),
    ).toMatch(/ended on 2027-06-01/);
    const other = await writerSetup(vault);
    const writer = createSentPackages({ vault, clock: () => NOW, kdf: FLOOR_KDF, derive });
    expect(
      await expectCode(writer.prepare({ storyId: story.id, grantId: other.grant.id, title: null }), 'consent_refused'),
    ).toMatch(/does not cover/);
    expect(await writer.list()).toEqual([]);
  });
});
