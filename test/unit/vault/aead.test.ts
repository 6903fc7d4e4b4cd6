import { describe, expect, it } from 'vitest';
import { buildAad, equalBytes, hmac, open, randomBytes, seal, subkey, wipe } from '../../../electron/vault/aead';

// The primitives every encrypted byte of the vault and of share packages goes through, checked
// one by one so a slip in any of them fails here, not only somewhere downstream.
const key = Buffer.alloc(32, 7);
const aad = buildAad('item', 1);

describe('AES-256-GCM seal and open', () => {
  it('round-trips, with a fresh 12-byte nonce and a 16-byte tag each time', () => {
    const a = seal(key, Buffer.from('a secret'), aad);
    const b = seal(key, Buffer.from('a secret'), aad);
    expect(a.nonce).toHaveLength(12);
    expect(a.ciphertext).toHaveLength('a secret'.length + 16);
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(open(key, a.nonce, a.ciphertext, aad)?.toString()).toBe('a secret');
  });

  it('opens nothing with another key, other associated data, a changed byte or a cut tag', () => {
    const s = seal(key, Buffer.from('a secret'), aad);
    expect(open(Buffer.alloc(32, 8), s.nonce, s.ciphertext, aad)).toBeNull();
    expect(open(key, s.nonce, s.ciphertext, buildAad('item', 2))).toBeNull();
    for (let i = 0; i < s.ciphertext.length; i++) {
      const changed = Buffer.from(s.ciphertext);
      changed[i]! ^= 1;
      expect(open(key, s.nonce, changed, aad)).toBeNull();
    }
    const nonce = Buffer.from(s.nonce);
    nonce[0]! ^= 1;
    expect(open(key, nonce, s.ciphertext, aad)).toBeNull();
    expect(open(key, s.nonce, s.ciphertext.subarray(0, s.ciphertext.length - 1), aad)).toBeNull();
    expect(open(key, s.nonce, s.ciphertext.subarray(0, 15), aad)).toBeNull();
    expect(open(key.subarray(0, 16), s.nonce, s.ciphertext, aad)).toBeNull();
    expect(open(key, Buffer.concat([s.nonce, Buffer.alloc(4)]), s.ciphertext, aad)).toBeNull();
  });

  it('seals an empty message to a bare tag that still authenticates', () => {
    const s = seal(key, Buffer.alloc(0), aad);
    expect(s.ciphertext).toHaveLength(16);
    expect(open(key, s.nonce, s.ciphertext, aad)).toEqual(Buffer.alloc(0));
  });
});

describe('associated data', () => {
  it('is length-prefixed and typed: fields cannot slide into each other', () => {
    expect(buildAad('ab', 'c').equals(buildAad('a', 'bc'))).toBe(false);
    expect(buildAad(1).equals(buildAad('\u0000\u0000\u0000\u0001'))).toBe(false);
    expect(buildAad('x', 1)).toEqual(Buffer.from([0x42, 0, 1, 0x78, 0x4e, 0, 0, 0, 1]));
    expect(buildAad(Buffer.from([1, 2]))).toEqual(Buffer.from([0x42, 0, 2, 1, 2]));
    expect(buildAad()).toEqual(Buffer.alloc(0));
  });
});

describe('keys and comparisons', () => {
  it('derives a different subkey for each purpose and salt, never the key itself', () => {
    const a = subkey(key, 'index');
    expect(a).toHaveLength(32);
    expect(a.equals(key)).toBe(false);
    expect(a.equals(subkey(key, 'cache'))).toBe(false);
    expect(a.equals(subkey(key, 'index', Buffer.from('salt')))).toBe(false);
    expect(a.equals(subkey(key, 'index'))).toBe(true);
  });

  it('computes HMAC-SHA-256 over all parts, in order', () => {
    const whole = hmac(key, Buffer.from('abc'));
    expect(whole).toHaveLength(32);
    expect(hmac(key, Buffer.from('a'), Buffer.from('bc')).equals(whole)).toBe(true);
    expect(hmac(key, Buffer.from('ab')).equals(whole)).toBe(false);
  });

  it('compares bytes: equal, different, and different lengths (false, not a throw)', () => {
    expect(equalBytes(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(equalBytes(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    expect(equalBytes(Buffer.from('abc'), Buffer.from('ab'))).toBe(false);
  });

  it('makes random bytes of the length asked, and wipes buffers, skipping missing ones', () => {
    const r = randomBytes(32);
    expect(r).toHaveLength(32);
    expect(r.equals(Buffer.alloc(32))).toBe(false);
    const secret = Buffer.from('secret');
    wipe(null, secret, undefined);
    expect(secret.equals(Buffer.alloc(6))).toBe(true);
  });
});
