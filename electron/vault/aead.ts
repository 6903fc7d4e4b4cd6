import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomFillSync, timingSafeEqual } from 'node:crypto';
import { KEY_BYTES, NONCE_BYTES, TAG_BYTES } from './constants';

/**
 * AES-256-GCM with random 96-bit nonces. Every key in the vault is random and encrypts few
 * messages (an item key encrypts one body; the vault key wraps one item key per revision), far
 * below the 2^32 messages at which random GCM nonces start to risk colliding.
 */

export interface Sealed {
  nonce: Buffer;
  /** ciphertext followed by the 16-byte tag */
  ciphertext: Buffer;
}

export function randomBytes(length: number): Buffer {
  // Buffer.alloc (not allocUnsafe): keys must not share a pooled slab that outlives them.
  return randomFillSync(Buffer.alloc(length));
}

export function seal(key: Buffer, plaintext: Uint8Array, aad: Buffer): Sealed {
  const { nonce, parts } = sealParts(key, plaintext, aad);
  return { nonce, ciphertext: Buffer.concat(parts) };
}

/**
 * seal() with the ciphertext and tag left in pieces, for a caller that copies them into a larger
 * buffer anyway: a long story's body is then copied once, not twice.
 */
export function sealParts(key: Buffer, plaintext: Uint8Array, aad: Buffer): { nonce: Buffer; parts: Buffer[] } {
  const nonce = randomBytes(NONCE_BYTES);
  // Stryker disable next-line ObjectLiteral: equivalent (Node's GCM tag is 16 bytes by default); kept to say so.
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return { nonce, parts: [cipher.update(plaintext), cipher.final(), cipher.getAuthTag()] };
}

/** Returns null when the ciphertext does not authenticate: wrong key, wrong AAD, or changed bytes. */
export function open(key: Buffer, nonce: Uint8Array, ciphertext: Uint8Array, aad: Buffer): Buffer | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (a wrong length fails in the cipher or the tag check, also null); kept so nothing odd reaches OpenSSL.
  if (key.length !== KEY_BYTES || nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) return null;
  const body = ciphertext.subarray(0, ciphertext.length - TAG_BYTES);
  const tag = ciphertext.subarray(ciphertext.length - TAG_BYTES);
  try {
    // Stryker disable next-line ObjectLiteral: equivalent (16 is the default), and a shorter tag is refused above.
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    const out = decipher.update(body);
    decipher.final();
    return out;
  } catch {
    return null;
  }
}

/**
 * Associated data as length-prefixed fields, so no two different field lists can produce the same
 * bytes ("ab"+"c" vs "a"+"bc"). Numbers are unsigned 32-bit big-endian.
 */
export function buildAad(...parts: (string | number | Uint8Array)[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if (typeof part === 'number') {
      const n = Buffer.alloc(5);
      n[0] = 0x4e; // 'N': a number can never be mistaken for a 4-byte string
      n.writeUInt32BE(part >>> 0, 1);
      chunks.push(n);
      continue;
    }
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);
    const len = Buffer.alloc(3);
    len[0] = 0x42; // 'B'
    len.writeUInt16BE(bytes.length, 1);
    chunks.push(len, bytes);
  }
  return Buffer.concat(chunks);
}

/** A purpose-bound subkey, so the vault key is never used directly for two different jobs. */
export function subkey(key: Buffer, purpose: string, salt: Uint8Array = Buffer.alloc(0)): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, purpose, KEY_BYTES));
}

export function hmac(key: Buffer, ...data: Uint8Array[]): Buffer {
  const h = createHmac('sha256', key);
  for (const d of data) h.update(d);
  return h.digest();
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function wipe(...buffers: (Uint8Array | null | undefined)[]): void {
  for (const b of buffers) b?.fill(0);
}
