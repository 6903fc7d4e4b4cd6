/**
 * Looks for a secret in every form it could take inside a file: as written, NFC/NFD/NFKD,
 * case-folded and accent-stripped, with whitespace removed (a name broken across runs or lines),
 * and as UTF-16BE (raw bytes or hex, how PDF strings carry text).
 */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Shorter folded fragments would match by chance in binary data (font programs, compressed bytes). */
export const MIN_FRAGMENT = 4;

export interface Haystack {
  label: string;
  text: string;
  /**
   * Compressed or font-program bytes: searched for the exact spellings (and UTF-16) only. Folding
   * random bytes makes accented look-alikes ("ùÑoA" → "unoa") match by chance, so that would
   * report noise, not leaks; text-bearing haystacks get every form.
   */
  binary?: boolean;
}

interface PreparedHaystack {
  label: string;
  raw: string;
  upper: string;
  folded: string;
  squeezed: string;
}

export function prepare(haystacks: Haystack[]): PreparedHaystack[] {
  return haystacks.map(({ label, text, binary }) => {
    const folded = binary ? '' : fold(text);
    return { label, raw: text, upper: text.toUpperCase(), folded, squeezed: squeeze(folded) };
  });
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

/** Mostly printable text (dictionaries, content streams, CMaps) rather than binary data. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  const odd = sample.replace(/[\x20-\x7e\t\r\n]/g, '').length;
  return sample.length > 0 && odd / sample.length > 0.1;
}

/** Every way the secret (or a long enough piece of it) could be spelled in the file. */
function forms(secret: string) {
  const variants = [...new Set([secret, secret.normalize('NFC'), secret.normalize('NFD'), secret.normalize('NFKD')])];
  return {
    exact: variants,
    folded: fold(secret),
    squeezed: squeeze(fold(secret)),
    utf16Bytes: variants.map((v) => utf16be(v).toString('latin1')),
    utf16Hex: [...variants, fold(secret)].map((v) => utf16be(v).toString('hex').toUpperCase()),
  };
}

/** Where a secret shows up, or null. */
export function findLeak(secret: string, haystacks: PreparedHaystack[]): string | null {
  const f = forms(secret);
  for (const h of haystacks) {
    const hit =
      f.exact.some((v) => h.raw.includes(v)) ||
      (h.folded !== '' && h.folded.includes(f.folded)) ||
      (h.squeezed !== '' && f.squeezed.length >= MIN_FRAGMENT && h.squeezed.includes(f.squeezed)) ||
      f.utf16Bytes.some((v) => h.raw.includes(v)) ||
      f.utf16Hex.some((v) => h.upper.includes(v));
    if (hit) return `${JSON.stringify(secret)} found in ${h.label}`;
  }
  return null;
}
