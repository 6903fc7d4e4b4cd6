import { describe, expect, it } from 'vitest';
import { createCipheriv } from 'node:crypto';
import { aeadOpen, argon2idRaw, buildAad, seal } from '../../../electron/vault/testing';

const hex = (s: string) => Buffer.from(s, 'hex');

describe('known-answer vectors', () => {
  // The reference implementation's Argon2id vector (phc-winner-argon2, src/test.c):
  // t=2, m=2^16 KiB, p=1, "password", "somesalt", 32-byte tag.
  it('Argon2id matches the reference implementation', async () => {
    const tag = await argon2idRaw('password', 'somesalt', { memoryKiB: 65536, iterations: 2, parallelism: 1 });
    expect(tag.toString('hex')).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('Argon2id reference vector with two lanes and small memory', async () => {
    // test.c: t=2, m=2^8, p=2
    const tag = await argon2idRaw('password', 'somesalt', { memoryKiB: 256, iterations: 2, parallelism: 2 });
    expect(tag.toString('hex')).toBe('6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037');
  });

  // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13, 14 and 16 (AES-256).
  const gcmCases = [
    {
      name: 'TC13',
      key: '00'.repeat(32),
      iv: '00'.repeat(12),
      pt: '',
      aad: '',
      ct: '',
      tag: '530f8afbc74536b9a963b4f1c4cb738b',
    },
    {
      name: 'TC14',
      key: '00'.repeat(32),
      iv: '00'.repeat(12),
      pt: '00'.repeat(16),
      aad: '',
      ct: 'cea7403d4d606b6e074ec5d3baf39d18',
      tag: 'd0d1c8a799996bf0265b98b5d48ab919',
    },
    {
      name: 'TC16',
      key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
      iv: 'cafebabefacedbaddecaf888',
      pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
      aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
      ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
      tag: '76fc6ece0f4e1768cddf8853bb2d551b',
    },
  ];

  for (const c of gcmCases) {
    it(`AES-256-GCM ${c.name} encrypts to the published ciphertext and tag`, () => {
      const cipher = createCipheriv('aes-256-gcm', hex(c.key), hex(c.iv));
      cipher.setAAD(hex(c.aad));
      const ct = Buffer.concat([cipher.update(hex(c.pt)), cipher.final()]);
      expect(ct.toString('hex')).toBe(c.ct);
      expect(cipher.getAuthTag().toString('hex')).toBe(c.tag);
    });

    it(`AES-256-GCM ${c.name} decrypts through the vault's open()`, () => {
      const out = aeadOpen(hex(c.key), hex(c.iv), Buffer.concat([hex(c.ct), hex(c.tag)]), hex(c.aad));
      expect(out?.toString('hex')).toBe(c.pt);
      const flipped = hex(c.tag);
      flipped[0]! ^= 1;
      expect(aeadOpen(hex(c.key), hex(c.iv), Buffer.concat([hex(c.ct), flipped]), hex(c.aad))).toBeNull();
    });
  }

  it('seal uses fresh nonces and binds the AAD', () => {
    const key = Buffer.alloc(32, 7);
    const a = seal(key, Buffer.from('same'), buildAad('x', 1));
    const b = seal(key, Buffer.from('same'), buildAad('x', 1));
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(aeadOpen(key, a.nonce, a.ciphertext, buildAad('x', 1))?.toString()).toBe('same');
    expect(aeadOpen(key, a.nonce, a.ciphertext, buildAad('x', 2))).toBeNull();
    // Length prefixes keep field boundaries: ("ab","c") and ("a","bc") differ.
    expect(buildAad('ab', 'c').equals(buildAad('a', 'bc'))).toBe(false);
  });
});
