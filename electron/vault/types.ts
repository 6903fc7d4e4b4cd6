import type { Message } from '../../shared/error-text/error-catalog';

/**
 * The vault's public surface. Everything above the vault (stories, consent, export, the app's IPC
 * handlers, the `harbor` command line) depends only on these types, never on the file layout.
 * See docs/vault-format.md for the on-disk format.
 */

/** Argon2id parameters as stored in the vault header. memoryKiB is in KiB (64 MiB = 65536). */
export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64, 16+ random bytes */
  salt: string;
}

/** Kinds of item the vault stores. The kind is encrypted on disk and bound into the AEAD. */
export type ItemKind =
  | 'story'
  | 'grant'
  | 'export-record'
  | 'testimony'
  | 'template'
  | 'shared-story'
  | 'settings'
  /** A package the writer made for an advocate (its keys, terms and the receipts that came back). */
  | 'share-package'
  /** An advocacy campaign: bills, coalition, engagements, follow-ups (references to other items by id). */
  | 'campaign';

export interface ItemRecord<T = unknown> {
  id: string;
  kind: ItemKind;
  /** Monotonic per item, starting at 1. */
  revision: number;
  /** ISO time the revision was committed (encrypted on disk like everything else). */
  savedAt: string;
  /** Optional name for a revision ("Sent to Senate Judiciary, 1 Feb"); named revisions are never thinned. */
  revisionName?: string;
  data: T;
}

/** A committed revision without its data (what putJson reports). */
export type SavedRevision = Omit<ItemRecord<never>, 'data'>;

export interface RevisionInfo {
  revision: number;
  savedAt: string;
  revisionName?: string;
}

/** An item's newest revision file, as the directory listing shows it (nothing is decrypted). */
export interface ItemHead {
  id: string;
  revision: number;
}

export interface PutOptions {
  revisionName?: string;
  /**
   * The revision this commit replaces (an autosave folded into the next one): removed once the new
   * revision is on disk, but only if it is the revision directly before it and has no name.
   */
  supersede?: number;
  /**
   * With `supersede`: the new revision keeps the saved time of the revision it replaces. For the
   * same content written again in another form (a story's autosave delta written whole), so the
   * history still says when it was written.
   */
  keepTime?: boolean;
}

export interface IntegrityReport {
  ok: boolean;
  checked: number;
  /**
   * One entry per item file that failed to authenticate or parse; never contains plaintext.
   * itemId is 'vault.json' (no revision) when the header on disk no longer matches the open vault,
   * and 'cache' (with the cache's name) when derived data did not authenticate (it is rebuilt from
   * the items, but someone or something changed it outside Harbor). `problem` is a catalog key,
   * worded where it is shown (English on the command line, the person's language on screen).
   */
  damaged: { itemId: string; revision?: number; cache?: string; problem: Message }[];
}

export interface VerifyOptions {
  /** Caches to check besides those found damaged when they were read (their owners know their names). */
  caches?: readonly string[];
}

export interface RotateResult {
  /** The new recovery key (the old one no longer works); present only if the vault had one. */
  recoveryKey?: string;
  /** Revisions that were already damaged and could not be carried over to the new keys. */
  skipped?: { itemId: string; revision: number }[];
}

/** A vault opened with its recovery key under a new passphrase, and the new keys that came with it. */
export interface RecoveredVault {
  vault: OpenVault;
  /** The new recovery key (the one just used no longer works): shown once. */
  recoveryKey: string;
  skipped?: { itemId: string; revision: number }[];
}

export interface CreateVaultOptions {
  /** Overrides calibration (tests use small-but-legal params to stay fast). Never below the floor. */
  kdf?: Partial<Omit<KdfParams, 'salt' | 'algorithm'>>;
  /** When true, a recovery key is generated and returned once. */
  recoveryKey?: boolean;
}

export interface OpenVault {
  readonly id: string;
  readonly dir: string;
  readonly kdf: Readonly<KdfParams>;
  readonly hasRecoveryKey: boolean;

  /** Latest committed revision of every item (optionally of one kind). */
  list<T = unknown>(kind?: ItemKind): Promise<ItemRecord<T>[]>;
  /** Latest committed revision; throws HarborError('not_found'). */
  get<T = unknown>(id: string): Promise<ItemRecord<T>>;
  /** Creates a new item with a random id; returns revision 1. */
  create<T>(kind: ItemKind, data: T): Promise<ItemRecord<T>>;
  /** Commits a new revision of an existing item (atomic: previous or new, never half). */
  put<T>(id: string, data: T, opts?: PutOptions): Promise<ItemRecord<T>>;
  /**
   * put() of data its owner serialised itself: `utf8` is the UTF-8 bytes of JSON.stringify's text
   * of storable data, in pieces joined as they are (the owner vouches for it; nothing parses it
   * again). For an owner that keeps the bytes of the parts that did not change, e.g. a long story's
   * unchanged paragraphs. The same checks and the same commit as put(), but nothing is read back:
   * the revision comes without its data.
   */
  putJson(id: string, utf8: readonly Uint8Array[], opts?: PutOptions): Promise<SavedRevision>;
  /** Every item's newest revision number, from the directory listing alone (cheap; for caches). */
  heads(): Promise<ItemHead[]>;
  /**
   * Derived data kept to save work (see cache-file.ts): encrypted, atomic, not durable, and null
   * whenever it is missing or does not authenticate, so its owner must be able to rebuild it.
   */
  readCache(name: string): Promise<unknown>;
  writeCache(name: string, data: unknown): Promise<void>;
  /** Revision history, newest first. */
  revisions(id: string): Promise<RevisionInfo[]>;
  getRevision<T = unknown>(id: string, revision: number): Promise<ItemRecord<T>>;
  nameRevision(id: string, revision: number, name: string | null): Promise<void>;
  /** Removes the item's files for good (its per-item keys go with them). */
  destroy(id: string): Promise<void>;

  /**
   * True when the passphrase unwraps this vault's key (derives with the header's params). Used to
   * confirm it is really the writer before sensitive operations on an already-open vault.
   */
  verifyPassphrase(passphrase: string): Promise<boolean>;
  /**
   * A new passphrase and, by default, new keys in the same crash-safe step (see rotateKeys): an old
   * copy of vault.json (or a backup made before) opens with the old passphrase, but only what was
   * written before the change. Returns a new recovery key if the vault had one (the old one stops
   * working) and any revisions too damaged to carry over.
   */
  changePassphrase(newPassphrase: string): Promise<RotateResult>;
  /** New vault key, every item re-encrypted; crash-safe; returns a new recovery key if one was set. */
  rotateKeys(): Promise<RotateResult>;
  /** Adds or replaces the recovery key; returns it (shown once). */
  setRecoveryKey(): Promise<string>;
  removeRecoveryKey(): Promise<void>;
  verify(opts?: VerifyOptions): Promise<IntegrityReport>;
  /** One encrypted file holding the whole vault (still protected by the same passphrase). */
  backup(file: string): Promise<void>;
  /** Zeroes key buffers and releases the writer lock. The object is unusable afterwards. */
  close(): Promise<void>;
}
