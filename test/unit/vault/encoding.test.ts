import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64 } from '../../../electron/vault/encoding';

describe("vault.json's strict encodings", () => {
  it('base64: only the one canonical spelling of bytes of an allowed length', () => {
    const bytes = Buffer.from([0xfb, 0xff, 0x01, 0x02, 0x03]);
    const text = toBase64(bytes);
    expect(text).toBe('+/8BAgM=');
    expect(fromBase64(text, 5)).toEqual(bytes);
    expect(fromBase64(text, 4, 5)).toEqual(bytes);
    expect(fromBase64(text, 5, 6)).toEqual(bytes);
    // Too few or too many bytes for what is allowed.
    expect(fromBase64(text, 6, 8)).toBeNull();
    expect(fromBase64(text, 2, 4)).toBeNull();
    // Other spellings Node would accept: stray bits, no padding, URL alphabet, spaces, junk.
    for (const other of ['+/8BAgN=', '+/8BAgM', '-_8BAgM=', '+/8B AgM=', '+/8BAgM=\n', '+/8BAgM==', '*/8BAgM=']) {
      expect(fromBase64(other, 5), JSON.stringify(other)).toBeNull();
    }
    expect(fromBase64('', 0)).toEqual(Buffer.alloc(0));
    // A view into a larger buffer is encoded as the view alone.
    const big = Buffer.from([9, 9, 0xfb, 0xff, 0x01, 0x02, 0x03, 9]);
    expect(toBase64(big.subarray(2, 7))).toBe(text);
  });

  it('base64: text longer than the largest allowed value is refused before it is decoded', () => {
    const key = Buffer.alloc(32, 7);
    const text = toBase64(key);
    expect(text).toHaveLength(44);
    expect(fromBase64(text, 32)).toEqual(key);
    expect(fromBase64(`${text}AAAA`, 32)).toBeNull();
    expect(fromBase64(toBase64(Buffer.alloc(33)), 32)).toBeNull();
    expect(fromBase64(toBase64(Buffer.alloc(34)), 32, 34)).toEqual(Buffer.alloc(34));
  });

  it('hex: lower case only, exactly the length asked for', () => {
    expect(fromHex('00ff10', 3)).toEqual(Buffer.from([0, 255, 16]));
    for (const other of ['00FF10', '00ff1', '00ff1000', '00fg10', ' 0ff10', '00ff10 ']) {
      expect(fromHex(other, 3), other).toBeNull();
    }
    expect(fromHex('', 0)).toEqual(Buffer.alloc(0));
  });
});
