import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCrockford, formatRecoveryKey, parseRecoveryKey } from '../../../electron/vault/testing';

describe('recovery key text', () => {
  it('is 160 bits as 8 dash-separated groups of 4 Crockford characters', () => {
    const text = formatRecoveryKey(Buffer.alloc(20, 0xff));
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(text).not.toMatch(/[ILOU]/);
  });

  it('round-trips any key, whatever the case, dashes or spacing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const text = formatRecoveryKey(bytes);
        expect(parseRecoveryKey(text)?.equals(Buffer.from(bytes))).toBe(true);
        expect(parseRecoveryKey(text.toLowerCase().replace(/-/g, ''))?.equals(Buffer.from(bytes))).toBe(true);
        expect(parseRecoveryKey(` ${text.replace(/-/g, ' - ')} `)?.equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads I and L as 1 and O as 0, as Crockford specifies', () => {
    const raw = Buffer.alloc(20, 0);
    raw[0] = 0x08; // first character '1'
    const text = formatRecoveryKey(raw);
    expect(text.startsWith('1')).toBe(true);
    expect(parseRecoveryKey(`I${text.slice(1)}`)?.equals(raw)).toBe(true);
    expect(parseRecoveryKey(`l${text.slice(1)}`)?.equals(raw)).toBe(true);
    expect(parseRecoveryKey(text.replace(/0/g, 'O'))?.equals(raw)).toBe(true);
  });

  it('refuses wrong lengths and letters outside the alphabet', () => {
    const text = formatRecoveryKey(Buffer.alloc(20, 1));
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${text}A`)).toBeNull();
    expect(parseRecoveryKey(`U${text.slice(1)}`)).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('x'.repeat(10_000))).toBeNull();
    expect(parseRecoveryKey(42 as unknown as string)).toBeNull();
    expect(parseRecoveryKey(null as unknown as string)).toBeNull();
  });

  it('takes up to 200 typed characters, however generously spaced, and no more', () => {
    const raw = Buffer.alloc(20, 0xa5);
    const spaced = (length: number) => {
      const chars = formatRecoveryKey(raw).replace(/-/g, '');
      return `${chars}${' '.repeat(length - chars.length)}`;
    };
    expect(parseRecoveryKey(spaced(200))?.equals(raw)).toBe(true);
    expect(parseRecoveryKey(spaced(201))).toBeNull();
  });

  it('encodes a known value', () => {
    expect(encodeCrockford(Buffer.from([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(encodeCrockford(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('ZZZZZZZZ');
    expect(encodeCrockford(Buffer.from('f'))).toBe('CR');
  });
});
