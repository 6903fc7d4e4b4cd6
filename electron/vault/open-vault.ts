import { wipe } from './aead';
import { readCache, writeCache } from './cache-file';
import { backupVault } from './backup';
import { verifyVault } from './integrity';
import { ItemStore } from './item-store';
import { changePassphrase, removeRecoveryKey, rotateKeys, setRecoveryKey, verifyPassphrase } from './key-ring';
import { Mutex } from './mutex';
import type {
  IntegrityReport,
  ItemHead,
  ItemKind,
  ItemRecord,
  KdfParams,
  OpenVault,
  PutOptions,
  RevisionInfo,
  RotateResult,
  SavedRevision,
  VerifyOptions,
} from './types';
import { cachePlace, rememberState, type VaultState } from './vault-state';
import { asHarborError, vaultErrors } from './vault-errors';

/**
 * An open vault: one operation at a time, refused once closed, and only HarborErrors escape. The
 * work itself is done by the item store, the key ring (key-ring.ts), integrity.ts and backup.ts.
 */
class HarborVault implements OpenVault {
  readonly id: string;
  readonly dir: string;
  private state: VaultState | null;
  private readonly mutex = new Mutex();
  private readonly items = new ItemStore();
  // Re-encryption carries each revision's metadata over unchanged under the same number, a skipped
  // (damaged) revision is gone from the listing, and a new one at its number is remembered on commit:
  // forgetting only frees memory.
  // Stryker disable next-line ArrowFunction: the remembered metadata stays true after a rotation (above)
  private readonly forgetItems = () => this.items.reader.forget();

  constructor(state: VaultState) {
    this.state = state;
    this.id = state.header.vaultId;
    this.dir = state.dir;
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

  private run<T>(task: (s: VaultState) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      try {
        return await task(this.live());
      } catch (error) {
        throw asHarborError(error);
      }
    });
  }

  list<T = unknown>(kind?: ItemKind): Promise<ItemRecord<T>[]> {
    return this.run((s) => this.items.list<T>(s, kind));
  }

  heads(): Promise<ItemHead[]> {
    return this.run((s) => this.items.heads(s));
  }

  get<T = unknown>(id: string): Promise<ItemRecord<T>> {
    return this.run((s) => this.items.get<T>(s, id));
  }

  create<T>(kind: ItemKind, data: T): Promise<ItemRecord<T>> {
    return this.run((s) => this.items.create(s, kind, data));
  }

  put<T>(id: string, data: T, opts?: PutOptions): Promise<ItemRecord<T>> {
    return this.run((s) => this.items.put(s, id, data, opts));
  }

  putJson(id: string, utf8: readonly Uint8Array[], opts?: PutOptions): Promise<SavedRevision> {
    return this.run((s) => this.items.putJson(s, id, utf8, opts));
  }

  destroy(id: string): Promise<void> {
    return this.run((s) => this.items.destroy(s, id));
  }

  revisions(id: string): Promise<RevisionInfo[]> {
    return this.run((s) => this.items.history.list(s, id));
  }

  getRevision<T = unknown>(id: string, revision: number): Promise<ItemRecord<T>> {
    return this.run((s) => this.items.history.get<T>(s, id, revision));
  }

  nameRevision(id: string, revision: number, name: string | null): Promise<void> {
    return this.run((s) => this.items.history.name(s, id, revision, name));
  }

  readCache(name: string): Promise<unknown> {
    return this.run((s) => readCache(cachePlace(s), name));
  }

  writeCache(name: string, data: unknown): Promise<void> {
    return this.run(async (s) => {
      await s.lock.assertHeld();
      await writeCache(cachePlace(s), name, data);
    });
  }

  verifyPassphrase(passphrase: string): Promise<boolean> {
    return this.run((s) => verifyPassphrase(s, passphrase));
  }

  changePassphrase(newPassphrase: string): Promise<RotateResult> {
    return this.run((s) => changePassphrase(s, newPassphrase, this.forgetItems));
  }

  rotateKeys(): Promise<RotateResult> {
    return this.run((s) => rotateKeys(s, this.forgetItems));
  }

  setRecoveryKey(): Promise<string> {
    return this.run((s) => setRecoveryKey(s));
  }

  removeRecoveryKey(): Promise<void> {
    return this.run((s) => removeRecoveryKey(s));
  }

  verify(opts: VerifyOptions = {}): Promise<IntegrityReport> {
    return this.run((s) => verifyVault(s, this.items.reader, opts));
  }

  backup(file: string): Promise<void> {
    return this.run((s) => backupVault(s, file));
  }

  close(): Promise<void> {
    return this.mutex.run(async () => {
      const s = this.state;
      if (!s) return;
      this.state = null;
      wipe(s.vaultKey, s.kek);
      this.forgetItems();
      await s.lock.release().catch(() => undefined);
    });
  }
}

export function openedVault(state: VaultState): OpenVault {
  const vault = new HarborVault(state);
  rememberState(vault, state);
  return vault;
}

export type { HarborVault };
