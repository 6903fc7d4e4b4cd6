/**
 * Strict decoders for the text encodings in vault.json. Node's decoders are lenient (they skip bad
 * characters and ignore stray bits), which would let a changed byte go unnoticed; these accept only
 * the one canonical spelling of each value.
 */

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Returns null unless `text` is exactly the canonical base64 of some bytes of an allowed length. */
export function fromBase64(text: string, minBytes: number, maxBytes = minBytes): Buffer | null {
  // Node skips what is not base64 (spaces, `-`, `_`, stray `=`): such text never encodes back to itself.
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < minBytes || bytes.length > maxBytes) return null;
  if (bytes.toString('base64') !== text) return null;
  return bytes;
}

/** Lower-case hex only, so one id has one spelling (ids are bound into the AEAD as bytes). */
export function fromHex(text: string, bytes: number): Buffer | null {
  if (text.length !== bytes * 2 || !/^[0-9a-f]*$/.test(text)) return null;
  return Buffer.from(text, 'hex');
}
