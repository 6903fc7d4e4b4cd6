import path from 'node:path';
import { randomBytes, wipe } from './aead';
import { fsyncDir, makeDir, tempName, writeFileAtomic } from '../platform/atomic-write';
import type { VaultFs, WriteOptions } from '../platform/atomic-write';
import { writeBackup } from './backup';
import { readCache, takeCacheDamage, writeCache, type CachePlace } from './cache-file';
import {
  KINDS,
  MAX_ITEM_JSON_BYTES,
  MAX_REVISION,
  MAX_REVISION_NAME_BYTES,
  MAX_REVISION_NAME_CHARS,
} from './constants';
import {
  generationOf,
  headerMacValid,
  itemsDirName,
  parseHeader,
  serializeHeader,
  withMac,
  type VaultHeader,
} from './header';
import {
  decodeItemFile,
  encodeItemFile,
  readItemHead as openItemHead,
  rewriteEnvelope,
  type ItemMeta,
  type ItemPlace,
} from './item-file';
import { deriveKek } from './kdf';
import {
  headerPath,
  isItemId,
  isRevision,
  itemsPath,
  listItemIds,
  listRevisions,
  readHeaderBytes,
  readItemBytes,
  readItemHead,
  revisionFileName,
} from './layout';
import type { VaultLock } from './lock-file';
import { mapLimit, Mutex } from './mutex';
import { generateRecoveryKey } from './recovery-key';
import { revisionsToDelete } from './retention';
import { reencryptGeneration } from './rotate';
import type {
  IntegrityReport,
  ItemHead,
  ItemKind,
  ItemRecord,
  KdfParams,
  OpenVault,
  PutOptions,
  ChangePassphraseOptions,
  RevisionInfo,
  RotateResult,
  VerifyOptions,
} from './types';
import { newSalt, newVaultKey, unwrapWithKek, wrapWithKek, wrapWithRecovery } from './vault-key';
import { asHarborError, vaultErrors } from './vault-errors';

export interface VaultState {
  dir: string;
  header: VaultHeader;
  vaultKey: Buffer;
  /** The passphrase's key-encryption key, kept so rotation can re-wrap without asking again. */
  kek: Buffer | null;
  lock: VaultLock;
  /** Every commit goes through it: node:fs/promises, or what a test passes (see atomic-write.ts). */
  fs: VaultFs;
}

/** Read-only hooks for the vault's own tests and benchmark; not part of the public API (see testing.ts). */
export interface VaultInternals {
  vaultKeyCopy(): Buffer;
  /** The live key Buffers themselves, so a test can watch close() zero them. */
  keyBuffers(): Buffer[];
  activeItemsPath(): string;
}

const internals = new WeakMap<OpenVault, VaultInternals>();

export function internalsOf(vault: OpenVault): VaultInternals {
  const found = internals.get(vault);
  if (!found) throw new Error('not a Harbor vault');
  return found;
}

type RevMeta = ItemMeta | null; // null: the revision's envelope does not authenticate

function toJson(data: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw vaultErrors.invalid('vault.notStorable');
  }
  if (Buffer.byteLength(json, 'utf8') > MAX_ITEM_JSON_BYTES) {
    throw vaultErrors.invalid('vault.itemTooLarge');
  }
  return json;
}

function checkName(name: unknown): string {
  if (typeof name !== 'string') throw vaultErrors.invalid('vault.revisionNameNotText');
  const trimmed = name.trim();
  if (trimmed.length === 0) throw vaultErrors.invalid('vault.revisionNameEmpty');
  if (trimmed.length > MAX_REVISION_NAME_CHARS || Buffer.byteLength(trimmed, 'utf8') > MAX_REVISION_NAME_BYTES) {
    throw vaultErrors.invalid({ key: 'vault.revisionNameTooLong', params: { max: MAX_REVISION_NAME_CHARS } });
  }
  return trimmed;
}

export function checkPassphrase(passphrase: unknown): string {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw vaultErrors.invalid('vault.passphraseMissing');
  }
  if (passphrase.length > 4096) throw vaultErrors.invalid('vault.passphraseTooLong');
  return passphrase;
}

function record<T>(id: string, revision: number, meta: ItemMeta, data: T): ItemRecord<T> {
  const out: ItemRecord<T> = { id, kind: meta.kind, revision, savedAt: new Date(meta.savedAtMs).toISOString(), data };
  if (meta.revisionName !== undefined) out.revisionName = meta.revisionName;
  return out;
}

function parseJson(json: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false };
  }
}

class HarborVault implements OpenVault {
  readonly id: string;
  readonly dir: string;
  private state: VaultState | null;
  private readonly mutex = new Mutex();
  private readonly vaultIdBytes: Buffer;
  private readonly writeOptions: WriteOptions;
  private readonly vfs: VaultFs;
  /** Revision metadata already read (dates and names, never content), so saves need not re-read it. */
  private readonly metaCache = new Map<string, Map<number, RevMeta>>();

  constructor(state: VaultState) {
    this.state = state;
    this.id = state.header.vaultId;
    this.dir = state.dir;
    this.vaultIdBytes = Buffer.from(state.header.vaultId, 'hex');
    this.vfs = state.fs;
    this.writeOptions = { durable: true, fs: state.fs };
    internals.set(this, {
      vaultKeyCopy: () => Buffer.from(this.live().vaultKey),
      keyBuffers: () => {
        const s = this.live();
        return s.kek ? [s.vaultKey, s.kek] : [s.vaultKey];
      },
      activeItemsPath: () => this.itemsPath(this.live()),
    });
  }

  get kdf(): Readonly<KdfParams> {
    return { ...this.live().header.kdf };
  }

  get hasRecoveryKey(): boolean {
    return this.live().header.recoveryWrap !== null;
  }

  private live(): VaultState {
    if (!this.state) throw vaultErrors.locked();
    return this.state;
  }

  /** Every public operation: one at a time, refused once closed, and only HarborErrors escape. */
  private run<T>(task: (s: VaultState) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      try {
        return await task(this.live());
      } catch (error) {
        throw asHarborError(error);
      }
    });
  }

  private itemsPath(s: VaultState): string {
    return itemsPath(s.dir, s.header.itemsDir);
  }

  private itemDir(s: VaultState, id: string): string {
    return path.join(this.itemsPath(s), id);
  }

  private place(id: string, revision: number): ItemPlace {
    return { vaultId: this.vaultIdBytes, itemId: Buffer.from(id, 'hex'), revision };
  }

  private cacheFor(id: string): Map<number, RevMeta> {
    let m = this.metaCache.get(id);
    if (!m) {
      m = new Map();
      this.metaCache.set(id, m);
    }
    return m;
  }

  private async metaOf(s: VaultState, id: string, revision: number): Promise<RevMeta> {
    const cache = this.cacheFor(id);
    const cached = cache.get(revision);
    if (cached !== undefined) return cached;
    const bytes = await readItemHead(path.join(this.itemDir(s, id), revisionFileName(revision)));
    if (!bytes) return null;
    const head = openItemHead(s.vaultKey, this.place(id, revision), bytes);
    const meta = head.ok ? head.meta : null;
    if (head.ok) wipe(head.itemKey);
    cache.set(revision, meta);
    return meta;
  }

  /** The newest revision that authenticates; older ones stand in for a damaged latest. */
  private async readLatest<T>(
    s: VaultState,
    id: string,
    revisions: number[],
    kind?: ItemKind,
  ): Promise<ItemRecord<T> | 'other-kind' | null> {
    for (const revision of revisions) {
      const result = await this.readRevision<T>(s, id, revision, kind);
      if (result !== null) return result;
    }
    return null;
  }

  private async readRevision<T>(
    s: VaultState,
    id: string,
    revision: number,
    kind?: ItemKind,
  ): Promise<ItemRecord<T> | 'other-kind' | null> {
    const bytes = await readItemBytes(path.join(this.itemDir(s, id), revisionFileName(revision)));
    if (!bytes) return null;
    const decoded = decodeItemFile(s.vaultKey, this.place(id, revision), bytes, kind && ((k) => k === kind));
    const cache = this.cacheFor(id);
    if (!decoded.ok) {
      cache.set(revision, null);
      return null;
    }
    cache.set(revision, decoded.meta);
    if (decoded.json === null) return 'other-kind';
    const parsed = parseJson(decoded.json);
    if (!parsed.ok) return null;
    return record(id, revision, decoded.meta, parsed.value as T);
  }

  private async revisionsOrThrow(s: VaultState, id: unknown): Promise<number[]> {
    if (!isItemId(id)) throw vaultErrors.noItem();
    const revisions = await listRevisions(this.itemDir(s, id));
    if (!revisions || revisions.length === 0) throw vaultErrors.noItem();
    return revisions;
  }

  list<T = unknown>(kind?: ItemKind): Promise<ItemRecord<T>[]> {
    return this.run(async (s) => {
      if (kind !== undefined && !KINDS.includes(kind)) throw vaultErrors.invalid('vault.unknownKind');
      const ids = await listItemIds(this.itemsPath(s));
      const found = await mapLimit(ids, 16, async (id) => {
        const revisions = await listRevisions(this.itemDir(s, id));
        return revisions ? this.readLatest<T>(s, id, revisions, kind) : null;
      });
      const records = found.filter((r): r is ItemRecord<T> => r !== null && r !== 'other-kind');
      return records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : 1));
    });
  }

  heads(): Promise<ItemHead[]> {
    return this.run(async (s) => {
      const ids = await listItemIds(this.itemsPath(s));
      const found = await mapLimit(ids, 16, async (id) => {
        const revisions = await listRevisions(this.itemDir(s, id));
        return revisions?.length ? { id, revision: revisions[0]! } : null;
      });
      return found.filter((h): h is ItemHead => h !== null);
    });
  }

  private cachePlace(s: VaultState): CachePlace {
    return {
      vaultKey: s.vaultKey,
      vaultId: this.vaultIdBytes,
      itemsDir: s.header.itemsDir,
      itemsPath: this.itemsPath(s),
    };
  }

  readCache(name: string): Promise<unknown> {
    return this.run((s) => readCache(this.cachePlace(s), name));
  }

  writeCache(name: string, data: unknown): Promise<void> {
    return this.run(async (s) => {
      await s.lock.assertHeld();
      await writeCache(this.cachePlace(s), name, data);
    });
  }

  get<T = unknown>(id: string): Promise<ItemRecord<T>> {
    return this.run(async (s) => {
      const revisions = await this.revisionsOrThrow(s, id);
      const latest = await this.readLatest<T>(s, id, revisions);
      if (latest === null || latest === 'other-kind') throw vaultErrors.itemDamaged([id]);
      return latest;
    });
  }

  create<T>(kind: ItemKind, data: T): Promise<ItemRecord<T>> {
    return this.run(async (s) => {
      if (!KINDS.includes(kind)) throw vaultErrors.invalid('vault.unknownKind');
      const json = toJson(data);
      await s.lock.assertHeld();
      const id = randomBytes(16).toString('hex');
      await makeDir(this.itemDir(s, id), this.writeOptions);
      const meta: ItemMeta = { kind, savedAtMs: Date.now() };
      await this.commit(s, id, 1, meta, json);
      return record(id, 1, meta, JSON.parse(json) as T);
    });
  }

  put<T>(id: string, data: T, opts?: PutOptions): Promise<ItemRecord<T>> {
    return this.run(async (s) => {
      const revisions = await this.revisionsOrThrow(s, id);
      const json = toJson(data);
      const name = opts?.revisionName === undefined ? undefined : checkName(opts.revisionName);
      let kind: ItemKind | null = null;
      for (const r of revisions) {
        const meta = await this.metaOf(s, id, r);
        if (meta) {
          kind = meta.kind;
          break;
        }
      }
      if (!kind) throw vaultErrors.itemDamaged([id]);
      // Above every file present, damaged ones included: a commit never overwrites anything.
      const revision = revisions[0]! + 1;
      if (revision > MAX_REVISION) throw vaultErrors.invalid('vault.tooManyRevisions');
      await s.lock.assertHeld();
      const meta: ItemMeta = { kind, savedAtMs: Date.now() };
      if (name !== undefined) meta.revisionName = name;
      await this.commit(s, id, revision, meta, json);
      const kept = (await this.supersede(s, id, revisions, opts?.supersede)) ? revisions.slice(1) : revisions;
      await this.applyRetention(s, id, kind, [revision, ...kept]);
      return record(id, revision, meta, JSON.parse(json) as T);
    });
  }

  private async commit(s: VaultState, id: string, revision: number, meta: ItemMeta, json: string): Promise<void> {
    const bytes = encodeItemFile(s.vaultKey, this.place(id, revision), meta, json);
    await writeFileAtomic(path.join(this.itemDir(s, id), revisionFileName(revision)), bytes, this.writeOptions);
    this.cacheFor(id).set(revision, meta);
  }

  /**
   * After a commit, removes the revision it replaces: only the one it directly follows, only while
   * that one authenticates and has no name (checked here, under the vault's lock, so a name given
   * meanwhile always wins). Runs after the new revision is durable: a crash leaves both.
   */
  private async supersede(s: VaultState, id: string, before: number[], revision: number | undefined): Promise<boolean> {
    if (revision === undefined || revision !== before[0]) return false;
    const meta = await this.metaOf(s, id, revision);
    if (!meta || meta.revisionName !== undefined) return false;
    const dir = this.itemDir(s, id);
    await this.vfs.rm(path.join(dir, revisionFileName(revision)), { force: true });
    this.cacheFor(id).delete(revision);
    await fsyncDir(dir, this.vfs);
    return true;
  }

  /** Runs after the new revision is durable, so a crash here only leaves extra old files. */
  private async applyRetention(s: VaultState, id: string, kind: ItemKind, revisions: number[]): Promise<void> {
    let doomed: number[];
    if (kind !== 'story' && kind !== 'testimony') {
      doomed = revisions.slice(1);
    } else {
      const entries = [];
      for (const revision of revisions) {
        const meta = await this.metaOf(s, id, revision);
        if (meta) entries.push({ revision, savedAtMs: meta.savedAtMs, named: meta.revisionName !== undefined });
      }
      doomed = revisionsToDelete(kind, entries, Date.now());
    }
    if (doomed.length === 0) return;
    const dir = this.itemDir(s, id);
    const cache = this.cacheFor(id);
    for (const revision of doomed) {
      await this.vfs.rm(path.join(dir, revisionFileName(revision)), { force: true });
      cache.delete(revision);
    }
    await fsyncDir(dir, this.vfs);
  }

  revisions(id: string): Promise<RevisionInfo[]> {
    return this.run(async (s) => {
      const revisions = await this.revisionsOrThrow(s, id);
      const out: RevisionInfo[] = [];
      for (const revision of revisions) {
        const meta = await this.metaOf(s, id, revision);
        if (!meta) continue;
        const info: RevisionInfo = { revision, savedAt: new Date(meta.savedAtMs).toISOString() };
        if (meta.revisionName !== undefined) info.revisionName = meta.revisionName;
        out.push(info);
      }
      if (out.length === 0) throw vaultErrors.itemDamaged([id]);
      return out;
    });
  }

  getRevision<T = unknown>(id: string, revision: number): Promise<ItemRecord<T>> {
    return this.run(async (s) => {
      const revisions = await this.revisionsOrThrow(s, id);
      if (!isRevision(revision) || !revisions.includes(revision)) throw vaultErrors.noRevision();
      const found = await this.readRevision<T>(s, id, revision);
      if (found === null || found === 'other-kind') throw vaultErrors.revisionDamaged(id, revision);
      return found;
    });
  }

  nameRevision(id: string, revision: number, name: string | null): Promise<void> {
    return this.run(async (s) => {
      const revisions = await this.revisionsOrThrow(s, id);
      if (!isRevision(revision) || !revisions.includes(revision)) throw vaultErrors.noRevision();
      const cleanName = name === null ? undefined : checkName(name);
      const file = path.join(this.itemDir(s, id), revisionFileName(revision));
      const bytes = await readItemBytes(file);
      const place = this.place(id, revision);
      const head = bytes && openItemHead(s.vaultKey, place, bytes, false);
      if (!bytes || !head || !head.ok) throw vaultErrors.revisionDamaged(id, revision);
      wipe(head.itemKey);
      const meta: ItemMeta = { kind: head.meta.kind, savedAtMs: head.meta.savedAtMs };
      if (cleanName !== undefined) meta.revisionName = cleanName;
      const rewritten = rewriteEnvelope(s.vaultKey, place, bytes, meta);
      if (!rewritten) throw vaultErrors.revisionDamaged(id, revision);
      await s.lock.assertHeld();
      await writeFileAtomic(file, rewritten, this.writeOptions);
      this.cacheFor(id).set(revision, meta);
    });
  }

  destroy(id: string): Promise<void> {
    return this.run(async (s) => {
      if (!isItemId(id)) throw vaultErrors.noItem();
      await s.lock.assertHeld();
      const items = this.itemsPath(s);
      // Renamed away first, so the item vanishes at once even if deleting its files is cut short.
      const doomed = path.join(items, tempName());
      try {
        await this.vfs.rename(path.join(items, id), doomed);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw vaultErrors.noItem();
        throw error;
      }
      await fsyncDir(items, this.vfs);
      this.metaCache.delete(id);
      await this.vfs.rm(doomed, { recursive: true, force: true });
    });
  }

  verifyPassphrase(passphrase: string): Promise<boolean> {
    return this.run(async (s) => {
      checkPassphrase(passphrase);
      const kek = await deriveKek(passphrase, s.header.kdf);
      const key = unwrapWithKek(kek, s.header);
      wipe(kek);
      if (!key) return false;
      wipe(key);
      return true;
    });
  }

  changePassphrase(newPassphrase: string, opts: ChangePassphraseOptions = {}): Promise<RotateResult> {
    return this.run(async (s) => {
      if (opts.rotate === false) {
        await this.setPassphrase(s, newPassphrase);
        return {};
      }
      return this.rekey(s, newPassphrase);
    });
  }

  /**
   * Re-wraps the same vault key under a new passphrase (recovery uses it: the vault is then open
   * under the recovery key alone and kek is null). Anyone holding an old copy of vault.json and the
   * old passphrase can still read everything, which is why a person's passphrase change rotates.
   */
  private async setPassphrase(s: VaultState, passphrase: string): Promise<void> {
    checkPassphrase(passphrase);
    const kdf: KdfParams = { ...s.header.kdf, salt: newSalt() };
    const kek = await deriveKek(passphrase, kdf);
    try {
      const next = withMac(
        s.vaultKey,
        { ...s.header, kdf, passphraseWrap: wrapWithKek(kek, s.vaultKey, s.header.vaultId, kdf) },
        kek,
      );
      await this.writeHeader(s, next);
    } catch (error) {
      wipe(kek);
      throw error;
    }
    wipe(s.kek);
    s.kek = kek;
  }

  private async writeHeader(s: VaultState, next: VaultHeader): Promise<void> {
    await s.lock.assertHeld();
    await writeFileAtomic(headerPath(s.dir), serializeHeader(next), this.writeOptions);
    s.header = next;
  }

  rotateKeys(): Promise<RotateResult> {
    return this.run((s) => this.rekey(s, null));
  }

  /**
   * New vault key, every revision re-encrypted into a new generation, and (with a passphrase) a new
   * salt and KEK, all switched by ONE atomic rename of vault.json. A crash before the switch leaves
   * the old header, old passphrase and old generation (the new one is removed on open); after it, the
   * new header, new passphrase and new generation (the old one is removed on open). Never a mix.
   */
  private async rekey(s: VaultState, passphrase: string | null): Promise<RotateResult> {
    if (passphrase !== null) checkPassphrase(passphrase);
    else if (!s.kek) throw vaultErrors.internal();
    await s.lock.assertHeld();
    const kdf: KdfParams = passphrase === null ? s.header.kdf : { ...s.header.kdf, salt: newSalt() };
    const kek = passphrase === null ? s.kek! : await deriveKek(passphrase, kdf);
    const oldItems = this.itemsPath(s);
    const nextDirName = itemsDirName(generationOf(s.header.itemsDir) + 1);
    const nextItems = itemsPath(s.dir, nextDirName);
    const durable = this.writeOptions;
    const newKey = newVaultKey();
    let skipped: { itemId: string; revision: number }[] = [];
    let recovery: { raw: Buffer; text: string } | null = null;
    try {
      skipped = await reencryptGeneration({
        oldItems,
        nextItems,
        oldKey: s.vaultKey,
        newKey,
        vaultIdBytes: this.vaultIdBytes,
        write: durable,
      });

      // The recovery wrap cannot be re-wrapped (Harbor never keeps the recovery key itself), and
      // one that unwrapped the old key must not open what is written from now on: a new key.
      recovery = s.header.recoveryWrap ? generateRecoveryKey() : null;
      const next = withMac(
        newKey,
        {
          ...s.header,
          kdf,
          itemsDir: nextDirName,
          passphraseWrap: wrapWithKek(kek, newKey, s.header.vaultId, kdf),
          recoveryWrap: recovery ? wrapWithRecovery(recovery.raw, newKey, s.header.vaultId) : null,
        },
        kek,
      );
      // The switch: one atomic rename of vault.json makes the new generation the vault.
      await this.writeHeader(s, next);
    } catch (error) {
      wipe(newKey, recovery?.raw);
      if (kek !== s.kek) wipe(kek);
      throw error;
    }
    wipe(s.vaultKey, recovery?.raw);
    s.vaultKey = newKey;
    if (kek !== s.kek) {
      wipe(s.kek);
      s.kek = kek;
    }
    this.metaCache.clear();
    await this.vfs.rm(oldItems, { recursive: true, force: true });
    await fsyncDir(s.dir, this.vfs);
    const result: RotateResult = {};
    if (recovery) result.recoveryKey = recovery.text;
    if (skipped.length) result.skipped = skipped;
    return result;
  }

  setRecoveryKey(): Promise<string> {
    return this.run(async (s) => {
      const recovery = generateRecoveryKey();
      try {
        const next = withMac(s.vaultKey, {
          ...s.header,
          recoveryWrap: wrapWithRecovery(recovery.raw, s.vaultKey, s.header.vaultId),
        });
        await this.writeHeader(s, next);
        return recovery.text;
      } finally {
        wipe(recovery.raw);
      }
    });
  }

  removeRecoveryKey(): Promise<void> {
    return this.run(async (s) => {
      await this.writeHeader(s, withMac(s.vaultKey, { ...s.header, recoveryWrap: null }));
    });
  }

  verify(opts: VerifyOptions = {}): Promise<IntegrityReport> {
    return this.run(async (s) => {
      const damaged: IntegrityReport['damaged'] = [];
      let checked = 0;
      // The header on disk must still be the one this vault opened with (or wrote since).
      try {
        const onDisk = parseHeader(await readHeaderBytes(s.dir));
        if (!headerMacValid(s.vaultKey, onDisk) || !serializeHeader(onDisk).equals(serializeHeader(s.header))) {
          damaged.push({ itemId: 'vault.json', problem: 'the vault header was changed outside Harbor' });
        }
      } catch {
        damaged.push({ itemId: 'vault.json', problem: 'the vault header is damaged' });
      }
      const items = this.itemsPath(s);
      for (const id of await listItemIds(items)) {
        const revisions = (await listRevisions(path.join(items, id))) ?? [];
        await mapLimit(revisions, 8, async (revision) => {
          checked++;
          const bytes = await readItemBytes(path.join(items, id, revisionFileName(revision)));
          const decoded = bytes ? decodeItemFile(s.vaultKey, this.place(id, revision), bytes) : null;
          const good = decoded?.ok === true && decoded.json !== null && parseJson(decoded.json).ok;
          this.cacheFor(id).set(revision, good && decoded?.ok ? decoded.meta : null);
          if (!good) {
            damaged.push({
              itemId: id,
              revision,
              problem:
                decoded && !decoded.ok && decoded.problem === 'unsupported version'
                  ? 'saved by a newer version of Harbor'
                  : 'damaged or changed outside Harbor (it does not authenticate)',
            });
          }
        });
      }
      // Caches are derived and rebuilt, so nothing is lost; but one that did not authenticate was
      // damaged or changed outside Harbor, which the person should hear about.
      for (const name of await takeCacheDamage(this.cachePlace(s), opts.caches ?? [])) {
        damaged.push({
          itemId: 'cache',
          cache: name,
          problem: 'derived data was damaged or changed outside Harbor (rebuilt from the items)',
        });
      }
      damaged.sort((a, b) =>
        a.itemId === b.itemId ? (b.revision ?? 0) - (a.revision ?? 0) : a.itemId < b.itemId ? -1 : 1,
      );
      return { ok: damaged.length === 0, checked, damaged };
    });
  }

  backup(file: string): Promise<void> {
    return this.run(async (s) => {
      const target = path.resolve(file);
      const rel = path.relative(path.resolve(s.dir), target);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
        throw vaultErrors.invalid('vault.backupInsideVault');
      }
      await writeBackup({
        file: target,
        header: s.header,
        items: this.itemsPath(s),
        vaultKey: s.vaultKey,
        vaultIdBytes: this.vaultIdBytes,
        write: this.writeOptions,
      });
    });
  }

  close(): Promise<void> {
    return this.mutex.run(async () => {
      const s = this.state;
      if (!s) return;
      this.state = null;
      wipe(s.vaultKey, s.kek);
      this.metaCache.clear();
      await s.lock.release().catch(() => undefined);
    });
  }
}

export function openedVault(state: VaultState): HarborVault {
  return new HarborVault(state);
}

export type { HarborVault };
