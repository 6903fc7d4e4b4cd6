import { fsyncDir, writeFileAtomic } from '../platform/atomic-write';
import { renameItemFile } from './item-file';
import { checkRevisionName } from './item-json';
import type { ItemReader } from './item-reader';
import { VERSIONED_KINDS } from './constants';
import { isRevision, readItemBytes } from './layout';
import { revisionsToDelete } from './retention';
import type { ItemKind, ItemRecord, RevisionInfo } from './types';
import { durable, type VaultState } from './vault-state';
import { vaultErrors } from './vault-errors';

/** An item's history: its revisions listed, read, named, and thinned after each save. */
export class RevisionHistory {
  constructor(private readonly reader: ItemReader) {}

  async list(s: VaultState, id: string): Promise<RevisionInfo[]> {
    const revisions = await this.reader.revisionsOrThrow(s, id);
    const out: RevisionInfo[] = [];
    for (const revision of revisions) {
      const meta = await this.reader.metaOf(s, id, revision);
      if (!meta) continue;
      const info: RevisionInfo = { revision, savedAt: new Date(meta.savedAtMs).toISOString() };
      if (meta.revisionName !== undefined) info.revisionName = meta.revisionName;
      out.push(info);
    }
    if (out.length === 0) throw vaultErrors.itemDamaged([id]);
    return out;
  }

  async get<T>(s: VaultState, id: string, revision: number): Promise<ItemRecord<T>> {
    await this.existing(s, id, revision);
    const found = await this.reader.readRevision<T>(s, id, revision);
    if (found === null || found === 'other-kind') throw vaultErrors.revisionDamaged(id, revision);
    return found;
  }

  async name(s: VaultState, id: string, revision: number, name: string | null): Promise<void> {
    await this.existing(s, id, revision);
    const cleanName = name === null ? undefined : checkRevisionName(name);
    const file = this.reader.revisionFile(s, id, revision);
    const bytes = await readItemBytes(file);
    const renamed = bytes && renameItemFile(s.vaultKey, this.reader.place(s, id, revision), bytes, cleanName);
    if (!renamed) throw vaultErrors.revisionDamaged(id, revision);
    await s.lock.assertHeld();
    await writeFileAtomic(file, renamed.bytes, durable(s));
    this.reader.remember(id, revision, renamed.meta);
  }

  private async existing(s: VaultState, id: string, revision: number): Promise<void> {
    const revisions = await this.reader.revisionsOrThrow(s, id);
    if (!isRevision(revision) || !revisions.includes(revision)) throw vaultErrors.noRevision();
  }

  /**
   * After a commit, removes the revision it replaces: only the one it directly follows, only while
   * that one authenticates and has no name (checked here, under the vault's lock, so a name given
   * meanwhile always wins). Runs after the new revision is durable: a crash leaves both.
   */
  async supersede(s: VaultState, id: string, before: number[], revision: number | undefined): Promise<boolean> {
    if (revision === undefined || revision !== before[0]) return false;
    const meta = await this.reader.metaOf(s, id, revision);
    if (!meta || meta.revisionName !== undefined) return false;
    await this.remove(s, id, [revision]);
    return true;
  }

  /** Runs after the new revision is durable, so a crash here only leaves extra old files. */
  async applyRetention(s: VaultState, id: string, kind: ItemKind, revisions: number[]): Promise<void> {
    let doomed: number[];
    if (!VERSIONED_KINDS.has(kind)) {
      // Every older file goes, read or not (a damaged one too): nothing else of it is kept.
      doomed = revisions.slice(1);
    } else {
      const entries = [];
      for (const revision of revisions) {
        const meta = await this.reader.metaOf(s, id, revision);
        if (meta) entries.push({ revision, savedAtMs: meta.savedAtMs, named: meta.revisionName !== undefined });
      }
      doomed = revisionsToDelete(kind, entries, Date.now());
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: removing nothing only syncs the folder once more
    if (doomed.length > 0) await this.remove(s, id, doomed);
  }

  private async remove(s: VaultState, id: string, revisions: number[]): Promise<void> {
    for (const revision of revisions) {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: each file was just listed under the vault's lock; force only spares an error if something outside Harbor removed it meanwhile
      await s.fs.rm(this.reader.revisionFile(s, id, revision), { force: true });
      this.reader.forget(id, revision);
    }
    await fsyncDir(this.reader.itemDir(s, id), s.fs);
  }
}
