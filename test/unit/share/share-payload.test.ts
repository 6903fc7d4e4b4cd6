import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MAX_USE_RECORDS } from '../../../shared/share/use-record';
import {
  packagePayloadSchema,
  receiptPayloadSchema,
  revocationPayloadSchema,
} from '../../../electron/share/share-payload';
import { sentPackageDataSchema, sharedStoryDataSchema } from '../../../electron/share/share-records';

// What an opened share file may hold (checked after decryption: a file made with a real share
// code is still written by someone else) and what each side keeps in its vault. Each bound is
// tried on both sides, and every key that is not in the format is refused.
const PACKAGE_ID = '0123456789abcdef0123456789abcdef';
const terms = {
  audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
  purpose: 'the hearing on SB 123',
  identityMode: 'initials' as const,
  attribution: 'M. R.',
  formats: ['pdf' as const],
  redacted: ['person' as const],
  expiresOn: '2027-06-01',
  note: '',
};
const doc = {
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Hola.' }] }],
};
const use = {
  at: '2027-02-01T10:00:00.000Z',
  audience: { kind: 'legislative-committee' as const, name: 'Senate Judiciary Committee' },
  purpose: 'the hearing on SB 123',
  format: 'pdf' as const,
  fileName: 'briefing.pdf',
  sha256: null,
};

const pkg = {
  format: 'harbor-share-package',
  packageId: PACKAGE_ID,
  createdAt: '2027-01-10T09:00:00.000Z',
  expiresOn: '2027-06-01',
  title: 'A story from the border',
  language: 'es',
  terms,
  doc,
};
const revocation = {
  format: 'harbor-share-revocation',
  packageId: PACKAGE_ID,
  revokedAt: '2027-01-12T09:00:00.000Z',
  reason: 'I changed my mind',
};
const receipt = {
  format: 'harbor-share-receipt',
  packageId: PACKAGE_ID,
  writtenAt: '2027-02-01T10:00:00.000Z',
  uses: [use],
};

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const x = (n: number) => 'x'.repeat(n);
const uses = (n: number) => Array.from({ length: n }, () => use);

describe('an opened package, withdrawal or receipt', () => {
  it('is read back exactly when it follows the format', () => {
    expect(packagePayloadSchema.parse(pkg)).toEqual(pkg);
    expect(packagePayloadSchema.parse({ ...pkg, title: null, language: 'en' }).title).toBeNull();
    expect(revocationPayloadSchema.parse(revocation)).toEqual(revocation);
    expect(receiptPayloadSchema.parse(receipt)).toEqual(receipt);
  });

  it.each([
    ['upper-case', PACKAGE_ID.toUpperCase()],
    ['31 digits', PACKAGE_ID.slice(1)],
    ['33 digits', `${PACKAGE_ID}0`],
    ['a letter past f', `${PACKAGE_ID.slice(1)}g`],
    ['something before it', `x${PACKAGE_ID}`],
    ['something after it', `${PACKAGE_ID}x`],
    ['a path', `../${PACKAGE_ID}`],
  ])('refuses a package id that is %s', (_label, packageId) => {
    for (const [schema, value] of [
      [packagePayloadSchema, pkg],
      [revocationPayloadSchema, revocation],
      [receiptPayloadSchema, receipt],
    ] as const) {
      expect(accepts(schema, { ...value, packageId })).toBe(false);
    }
  });

  it('refuses a file of one kind dressed as another, and any key the format does not have', () => {
    expect(accepts(packagePayloadSchema, { ...pkg, format: 'harbor-share-revocation' })).toBe(false);
    expect(accepts(revocationPayloadSchema, { ...revocation, format: 'harbor-share-receipt' })).toBe(false);
    expect(accepts(receiptPayloadSchema, { ...receipt, format: 'harbor-share-package' })).toBe(false);
    expect(accepts(packagePayloadSchema, { ...pkg, master: doc })).toBe(false);
    expect(accepts(revocationPayloadSchema, { ...revocation, restore: true })).toBe(false);
    expect(accepts(receiptPayloadSchema, { ...receipt, note: '' })).toBe(false);
  });

  it('holds its lengths on both sides of each bound', () => {
    expect(accepts(packagePayloadSchema, { ...pkg, title: x(300) })).toBe(true);
    expect(accepts(packagePayloadSchema, { ...pkg, title: x(301) })).toBe(false);
    expect(accepts(packagePayloadSchema, { ...pkg, createdAt: x(40) })).toBe(true);
    expect(accepts(packagePayloadSchema, { ...pkg, createdAt: x(41) })).toBe(false);
    expect(accepts(packagePayloadSchema, { ...pkg, language: 'fr' })).toBe(false);
    expect(accepts(revocationPayloadSchema, { ...revocation, reason: x(1000) })).toBe(true);
    expect(accepts(revocationPayloadSchema, { ...revocation, reason: x(1001) })).toBe(false);
    expect(accepts(revocationPayloadSchema, { ...revocation, revokedAt: x(41) })).toBe(false);
    expect(accepts(receiptPayloadSchema, { ...receipt, writtenAt: x(41) })).toBe(false);
    expect(accepts(receiptPayloadSchema, { ...receipt, uses: uses(MAX_USE_RECORDS) })).toBe(true);
    expect(accepts(receiptPayloadSchema, { ...receipt, uses: uses(MAX_USE_RECORDS + 1) })).toBe(false);
  });

  it.each(['9999-99-99', '2027-02-30', '2027-6-1', '2027-06-01T00:00:00Z', ''])(
    'refuses a package whose last day is %j',
    (expiresOn) => {
      expect(accepts(packagePayloadSchema, { ...pkg, expiresOn })).toBe(false);
    },
  );
});

const keys = { revocation: 'A'.repeat(43) + '=', receipt: 'B'.repeat(43) + '=' };
const sent = {
  packageId: PACKAGE_ID,
  storyId: 'story-1',
  grantId: 'grant-1',
  title: null,
  fileName: 'for-the-hearing.harbor-share',
  createdAt: '2027-01-10T09:00:00.000Z',
  expiresOn: '2027-06-01',
  terms,
  keys,
  revoked: { at: '2027-01-12T09:00:00.000Z', reason: x(1000) },
  uses: [use],
  lastReceiptAt: null,
};
const shared = {
  packageId: PACKAGE_ID,
  title: 'A story from the border',
  language: 'en',
  importedAt: '2027-01-11T09:00:00.000Z',
  createdAt: '2027-01-10T09:00:00.000Z',
  expiresOn: '2027-06-01',
  terms,
  doc: null,
  keys,
  revoked: null,
  uses: [],
};

describe('the records each side keeps in its vault', () => {
  it('read back exactly what was written', () => {
    expect(sentPackageDataSchema.parse(sent)).toEqual(sent);
    expect(sentPackageDataSchema.parse({ ...sent, revoked: null, title: 'T', lastReceiptAt: use.at })).toMatchObject({
      revoked: null,
      title: 'T',
      lastReceiptAt: use.at,
    });
    expect(sharedStoryDataSchema.parse(shared)).toEqual(shared);
    expect(sharedStoryDataSchema.parse({ ...shared, doc, language: 'es', revoked: sent.revoked })).toMatchObject({
      doc,
      language: 'es',
      revoked: sent.revoked,
    });
  });

  it('refuse a record edited past its bounds', () => {
    for (const [schema, value] of [
      [sentPackageDataSchema, sent],
      [sharedStoryDataSchema, shared],
    ] as const) {
      expect(accepts(schema, { ...value, keys: { ...keys, receipt: x(64) } })).toBe(true);
      expect(accepts(schema, { ...value, keys: { ...keys, receipt: x(65) } })).toBe(false);
      expect(accepts(schema, { ...value, keys: { ...keys, revocation: x(65) } })).toBe(false);
      expect(accepts(schema, { ...value, revoked: { at: use.at, reason: x(1001) } })).toBe(false);
      expect(accepts(schema, { ...value, uses: uses(MAX_USE_RECORDS) })).toBe(true);
      expect(accepts(schema, { ...value, uses: uses(MAX_USE_RECORDS + 1) })).toBe(false);
    }
    expect(accepts(sharedStoryDataSchema, { ...shared, language: 'fr' })).toBe(false);
  });
});
