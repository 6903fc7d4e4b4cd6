import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { normalizeShareCode } from '../../../electron/share/share-code';
import { encodeShareFile, encodeShareHeader } from '../../../electron/share/share-file';
import { keyCheck, type DeriveShareKeys } from '../../../electron/share/share-keys';
import {
  noteTarget,
  openPackage,
  openReceipt,
  openRevocation,
  sealPackage,
  sealReceipt,
  sealRevocation,
} from '../../../electron/share/share-seal';
import { seal } from '../../../electron/vault/aead';
import { SALT_BYTES } from '../../../electron/vault/constants';
import { cachedDerive, FLOOR_KDF, NOW } from '../../support/share-fixtures';

// Sealing and opening, attacked by someone who holds a real share code (or none): every file they
// can make is refused with the message that says what happened, and no key is derived for a file
// that could not be opened anyway.
const derive = cachedDerive();
const CODE = 'abandon ability able about above absent absorb';
const ID = '0123456789abcdef0123456789abcdef';
const OTHER_ID = 'fedcba9876543210fedcba9876543210';

const payload = {
  format: 'harbor-share-package' as const,
  packageId: ID,
  createdAt: NOW.toISOString(),
  expiresOn: '2027-06-01',
  title: null,
  language: 'en' as const,
  terms: {
    audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identityMode: 'anonymous' as const,
    attribution: '',
    formats: ['pdf' as const],
    redacted: [],
    expiresOn: '2027-06-01',
    note: '',
  },
  doc: {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Hola.' }] }],
  },
};

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (!(e instanceof HarborError)) throw e;
    return `${e.code} ${e.messageKey}`;
  }
  return 'opened';
}

/** Counts derivations: a file refused before one costs the reader nothing. */
function counting(): { derive: DeriveShareKeys; count: () => number } {
  let n = 0;
  return {
    derive: (...args) => {
      n++;
      return derive(...args);
    },
    count: () => n,
  };
}

/** A package sealed with a real code around any body, under any header id: a forger with the code. */
async function craftPackage(body: string, headerId = ID, code = CODE): Promise<Buffer> {
  // One salt for every crafted package, so the cached derivation runs once.
  const salt = Buffer.alloc(SALT_BYTES, 4);
  const keys = await derive(normalizeShareCode(code)!, salt, FLOOR_KDF);
  const base = { type: 'package' as const, packageId: headerId, kdf: { ...FLOOR_KDF, salt } };
  const { checked } = encodeShareHeader(base);
  const { aad } = encodeShareHeader({ ...base, keyCheck: keyCheck(keys, checked) });
  const sealed = seal(keys.package, Buffer.from(body, 'utf8'), aad);
  return encodeShareFile(aad, sealed.nonce, sealed.ciphertext);
}

/** A withdrawal or receipt sealed with the right key around any body, under any header id. */
function craftNote(type: 'revocation' | 'receipt', key: Buffer, body: string, headerId = ID): Buffer {
  const { aad } = encodeShareHeader({ type, packageId: headerId });
  const sealed = seal(key, Buffer.from(body, 'utf8'), aad);
  return encodeShareFile(aad, sealed.nonce, sealed.ciphertext);
}

const keysOf = async () => (await openPackage(await craftPackage(JSON.stringify(payload)), CODE, derive)).keys;
const revocation = {
  format: 'harbor-share-revocation' as const,
  packageId: ID,
  revokedAt: NOW.toISOString(),
  reason: '',
};
const receipt = { format: 'harbor-share-receipt' as const, packageId: ID, writtenAt: NOW.toISOString(), uses: [] };

describe('a package made by someone holding the share code', () => {
  it('opens when it is what Harbor makes', async () => {
    const { payload: opened } = await openPackage(await craftPackage(JSON.stringify(payload)), CODE, derive);
    expect(opened).toEqual(payload);
  });

  it('is refused as damaged when the id inside is not the id outside', async () => {
    const forged = await craftPackage(JSON.stringify({ ...payload, packageId: OTHER_ID }));
    expect(await refusal(() => openPackage(forged, CODE, derive))).toBe('integrity share.damagedPackage');
  });

  it('is refused as damaged when its last day is not the last day of its terms', async () => {
    // Either way round: a later date outside would keep a story past what the writer allowed.
    for (const expiresOn of ['2099-12-31', '2027-05-31']) {
      const forged = await craftPackage(JSON.stringify({ ...payload, expiresOn }));
      expect(await refusal(() => openPackage(forged, CODE, derive)), expiresOn).toBe('integrity share.damagedPackage');
    }
  });

  it('is refused as damaged when its body is not JSON, or not a package', async () => {
    for (const body of ['{"format":', 'null', JSON.stringify({ ...payload, format: 'harbor-share-receipt' })]) {
      const forged = await craftPackage(body);
      expect(await refusal(() => openPackage(forged, CODE, derive)), body).toBe('integrity share.damagedPackage');
    }
  });
});

describe('opening a package', () => {
  it('refuses a code of the wrong shape before deriving anything', async () => {
    const bytes = await craftPackage(JSON.stringify(payload));
    const c = counting();
    expect(await refusal(() => openPackage(bytes, 'six words are not seven words', c.derive))).toBe(
      'wrong_passphrase share.codeShape',
    );
    expect(await refusal(() => openPackage(bytes, '', c.derive))).toBe('wrong_passphrase share.codeShape');
    expect(c.count()).toBe(0);
  });

  it('refuses another share code as the wrong code, not as a damaged file', async () => {
    const bytes = await craftPackage(JSON.stringify(payload));
    const other = 'abandon ability able about above absent absurd';
    expect(await refusal(() => openPackage(bytes, other, derive))).toBe('wrong_passphrase share.wrongCode');
  });

  it('refuses a file that asks for too much work before deriving anything', async () => {
    const bytes = Buffer.from(await craftPackage(JSON.stringify(payload)));
    bytes.writeUInt32BE(1_000_000, 26);
    const body = bytes.subarray(0, bytes.length - 32);
    createHash('sha256')
      .update(body)
      .digest()
      .copy(bytes, bytes.length - 32);
    const c = counting();
    expect(await refusal(() => openPackage(bytes, CODE, c.derive))).toBe('integrity share.damagedPackage');
    expect(c.count()).toBe(0);
  });

  it('refuses a withdrawal or a receipt given as a package', async () => {
    const keys = await keysOf();
    expect(await refusal(() => openPackage(sealRevocation(keys.revocation, revocation), CODE, derive))).toBe(
      'invalid_input share.notPackage',
    );
    expect(await refusal(() => openPackage(sealReceipt(keys.receipt, receipt), CODE, derive))).toBe(
      'invalid_input share.notPackage',
    );
  });
});

describe('making a package', () => {
  it('refuses a code of the wrong shape, and a cost below the floor, before deriving anything', async () => {
    const c = counting();
    expect(await refusal(() => sealPackage(payload, 'not a share code', FLOOR_KDF, c.derive))).toBe(
      'wrong_passphrase share.codeShape',
    );
    await expect(sealPackage(payload, CODE, { ...FLOOR_KDF, iterations: 1 }, c.derive)).rejects.toThrow(
      'share KDF settings out of range',
    );
    expect(c.count()).toBe(0);
  });

  it('names the package id and the cost in the header, and keeps the keys for the writer', async () => {
    const c = counting();
    const { bytes, keys } = await sealPackage(payload, CODE, FLOOR_KDF, c.derive);
    expect(c.count()).toBe(1);
    expect(bytes.subarray(10, 26).toString('hex')).toBe(ID);
    expect(bytes.readUInt32BE(26)).toBe(FLOOR_KDF.memoryKiB);
    const { keys: opened } = await openPackage(bytes, CODE, derive);
    expect(opened).toEqual(keys);
  });
});

describe('a withdrawal or a receipt', () => {
  it('opens with its own key only, and names the package it is about', async () => {
    const keys = await keysOf();
    const w = sealRevocation(keys.revocation, { ...revocation, reason: 'I changed my mind' });
    expect(noteTarget(w, 'revocation')).toBe(ID);
    expect(openRevocation(w, keys.revocation).reason).toBe('I changed my mind');
    expect(await refusal(() => openRevocation(w, keys.receipt))).toBe('integrity share.damagedWithdrawal');
    const r = sealReceipt(keys.receipt, receipt);
    expect(noteTarget(r, 'receipt')).toBe(ID);
    expect(openReceipt(r, keys.receipt)).toEqual(receipt);
    expect(await refusal(() => openReceipt(r, keys.revocation))).toBe('integrity share.damagedReceipt');
  });

  it('is refused when the id inside is not the id outside', async () => {
    const keys = await keysOf();
    const w = craftNote('revocation', keys.revocation, JSON.stringify({ ...revocation, packageId: OTHER_ID }));
    expect(noteTarget(w, 'revocation')).toBe(ID);
    expect(await refusal(() => openRevocation(w, keys.revocation))).toBe('integrity share.damagedWithdrawal');
    const r = craftNote('receipt', keys.receipt, JSON.stringify({ ...receipt, packageId: OTHER_ID }));
    expect(await refusal(() => openReceipt(r, keys.receipt))).toBe('integrity share.damagedReceipt');
    // The same files with matching ids open: it is the mismatch that is refused.
    expect(
      openRevocation(craftNote('revocation', keys.revocation, JSON.stringify(revocation)), keys.revocation),
    ).toEqual(revocation);
  });

  it('is refused when its body is not JSON or not of its kind', async () => {
    const keys = await keysOf();
    for (const body of ['{', JSON.stringify(receipt)]) {
      const w = craftNote('revocation', keys.revocation, body);
      expect(await refusal(() => openRevocation(w, keys.revocation)), body).toBe('integrity share.damagedWithdrawal');
    }
    for (const body of ['[]', JSON.stringify(revocation)]) {
      const r = craftNote('receipt', keys.receipt, body);
      expect(await refusal(() => openReceipt(r, keys.receipt)), body).toBe('integrity share.damagedReceipt');
    }
  });

  it('of the wrong kind is refused before any key is looked up', async () => {
    const keys = await keysOf();
    const w = sealRevocation(keys.revocation, revocation);
    const r = sealReceipt(keys.receipt, receipt);
    const pkg = await craftPackage(JSON.stringify(payload));
    expect(await refusal(() => noteTarget(r, 'revocation'))).toBe('invalid_input share.notWithdrawal');
    expect(await refusal(() => noteTarget(pkg, 'revocation'))).toBe('invalid_input share.notWithdrawal');
    expect(await refusal(() => noteTarget(w, 'receipt'))).toBe('invalid_input share.notReceipt');
  });
});
