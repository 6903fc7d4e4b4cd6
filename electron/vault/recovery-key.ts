import { randomBytes } from './aead';
import { RECOVERY_KEY_BYTES } from './constants';

/**
 * Crockford base32: no I, L, O or U, so nothing is easily misread when copied by hand; when typed
 * back, case, dashes and spaces do not matter and I/L read as 1, O as 0 (Crockford's own rule).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);

export function encodeCrockford(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    // Stryker disable next-line EqualityOperator: five bits left over are written by the next byte's loop or the final character, the same character either way
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

export function formatRecoveryKey(raw: Uint8Array): string {
  return encodeCrockford(raw)
    .match(/.{1,4}/g)!
    .join('-');
}

/** A fresh recovery key: the raw bytes (to wrap the vault key) and the text shown once to the person. */
export function generateRecoveryKey(): { raw: Buffer; text: string } {
  const raw = randomBytes(RECOVERY_KEY_BYTES);
  return { raw, text: formatRecoveryKey(raw) };
}

/** The raw bytes of a typed recovery key, or null if it cannot be one. */
export function parseRecoveryKey(typed: string): Buffer | null {
  if (typeof typed !== 'string' || typed.length > 200) return null;
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CHARS) return null;
  const out = Buffer.alloc(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const ch of cleaned) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  // 32 characters carry exactly 160 bits: all 20 bytes are filled, nothing is left over.
  return out;
}
