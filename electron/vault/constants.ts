/**
 * Numbers and names that are part of the on-disk format (docs/vault-format.md). Changing any of
 * them changes the format, so each one lives here and nowhere else.
 */

export const FORMAT_VERSION = 1;

export const HEADER_FILE = 'vault.json';
export const LOCK_FILE = 'vault.lock';
export { LEGACY_TEMP_PREFIX, TEMP_PREFIX } from '../platform/temp-prefix';
export const ITEMS_DIR_PATTERN = /^items-(\d{6})$/;
export const ITEM_ID_PATTERN = /^[0-9a-f]{32}$/;
export const REVISION_FILE_PATTERN = /^\d{10}$/;
export const MAX_REVISION = 0xffffffff;

/** OWASP's Argon2id minimum; a header below it is treated as a downgrade attack. */
export const KDF_FLOOR = Object.freeze({ memoryKiB: 19456, iterations: 2 });
export const KDF_DEFAULT_MEMORY_KIB = 65536;
export const KDF_START_ITERATIONS = 3;
/**
 * Upper bounds for parameters read from a header: a hostile header must not make Harbor allocate
 * much memory or spin for long before it can tell the header is wrong. Calibration (kdf.ts) never
 * goes beyond 64 MiB × 16 passes, one lane, on any computer; the ceiling is twice that work (and
 * twice its memory), about 2 s on the reference machine, so every vault Harbor made opens.
 */
export const KDF_MAX = Object.freeze({
  memoryKiB: 128 * 1024,
  iterations: 32,
  parallelism: 4,
  work: 2 * 64 * 1024 * 16,
});
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const VAULT_ID_BYTES = 16;

/** Recovery keys hold 160 random bits: 32 Crockford base32 characters, in 8 groups of 4. */
export const RECOVERY_KEY_BYTES = 20;

export const MAX_HEADER_BYTES = 64 * 1024;
/** The JSON of one item revision. Stories are text; 64 MiB is far beyond any real one. */
export const MAX_ITEM_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_ITEM_FILE_BYTES = MAX_ITEM_JSON_BYTES + 64 * 1024;
export const MAX_REVISION_NAME_CHARS = 200;
export const MAX_REVISION_NAME_BYTES = 800;
/** Plaintext bodies are padded to a multiple of this, so small edits do not show in file sizes. */
export const BODY_PADDING = 256;

export const KINDS = [
  'story',
  'grant',
  'export-record',
  'testimony',
  'template',
  'shared-story',
  'settings',
  'share-package',
  'campaign',
] as const;
/** Stable one-byte codes for kinds (index + 1). Append only: never reorder. */
export const KIND_CODES: Readonly<Record<(typeof KINDS)[number], number>> = Object.freeze({
  story: 1,
  grant: 2,
  'export-record': 3,
  testimony: 4,
  template: 5,
  'shared-story': 6,
  settings: 7,
  'share-package': 8,
  campaign: 9,
});
/** Kinds whose history is worth keeping; everything else keeps only the latest revision. */
export const VERSIONED_KINDS: ReadonlySet<string> = new Set(['story', 'testimony']);
