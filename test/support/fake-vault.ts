import { randomBytes } from 'node:crypto';
import { vaultErrors } from '../../electron/vault/vault-errors';
import type {
  ItemHead,
  ItemKind,
  ItemRecord,
  OpenVault,
  PutOptions,
  RevisionInfo,
  SavedRevision,
} from '../../electron/vault/types';

interface StoredRevision {
  revision: number;
  savedAt: string;
  revisionName?: string;
  json: string;
}

/**
 * An in-memory OpenVault with the real one's observable behaviour where the story service depends
 * on it: random 32-hex ids, revisions from 1, newest-first lists, JSON round trips (so a service
 * that kept a reference to its input would be caught), not_found for unknown ids.
 */
export class FakeVault implements OpenVault {
  readonly id = 'fake-vault';
  readonly dir = '/nowhere';
  readonly kdf = {
    algorithm: 'argon2id' as const,
    memoryKiB: 19456,
    iterations: 2,
    parallelism: 1,
    salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
  };
  readonly hasRecoveryKey = false;
  readonly items = new Map<string, { kind: ItemKind; revisions: StoredRevision[] }>();
  /** Counts commits, so tests can see that a no-op update wrote nothing. */
  puts = 0;
  /** Caches as JSON text (tests may damage one by writing any text here). */
  readonly caches = new Map<string, string>();
  private clock = Date.parse('2025-01-01T00:00:00.000Z');

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private item(id: string) {
    const item = this.items.get(id);
    if (!item) throw vaultErrors.noItem();
    return item;
  }

  private record<T>(id: string, kind: ItemKind, r: StoredRevision): ItemRecord<T> {
    return {
      id,
      kind,
      revision: r.revision,
      savedAt: r.savedAt,
      ...(r.revisionName ? { revisionName: r.revisionName } : {}),
      data: JSON.parse(r.json) as T,
    };
  }

  async list<T = unknown>(kind?: ItemKind): Promise<ItemRecord<T>[]> {
    return [...this.items.entries()]
      .filter(([, item]) => kind === undefined || item.kind === kind)
      .map(([id, item]) => this.record<T>(id, item.kind, item.revisions[item.revisions.length - 1]!))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  async get<T = unknown>(id: string): Promise<ItemRecord<T>> {
    const item = this.item(id);
    return this.record<T>(id, item.kind, item.revisions[item.revisions.length - 1]!);
  }

  async create<T>(kind: ItemKind, data: T): Promise<ItemRecord<T>> {
    const id = randomBytes(16).toString('hex');
    const r = { revision: 1, savedAt: this.tick(), json: JSON.stringify(data) };
    this.items.set(id, { kind, revisions: [r] });
    return this.record<T>(id, kind, r);
  }

  async put<T>(id: string, data: T, opts?: PutOptions): Promise<ItemRecord<T>> {
    const item = this.item(id);
    this.puts += 1;
    const latest = item.revisions[item.revisions.length - 1]!;
    const r: StoredRevision = {
      revision: latest.revision + 1,
      savedAt: opts?.keepTime && opts.supersede === latest.revision ? latest.savedAt : this.tick(),
      json: JSON.stringify(data),
      ...(opts?.revisionName ? { revisionName: opts.revisionName } : {}),
    };
    item.revisions.push(r);
    if (opts?.supersede === latest.revision && !latest.revisionName) item.revisions.splice(-2, 1);
    return this.record<T>(id, item.kind, r);
  }

  /** Like the real one: the text is stored as given, and the revision comes back without data. */
  async putJson(id: string, utf8: readonly Uint8Array[], opts?: PutOptions): Promise<SavedRevision> {
    const json = Buffer.concat(utf8).toString('utf8');
    const { data: _data, ...saved } = await this.put(id, JSON.parse(json), opts);
    const stored = this.item(id).revisions.at(-1)!;
    stored.json = json;
    return saved;
  }

  async heads(): Promise<ItemHead[]> {
    return [...this.items.entries()].map(([id, item]) => ({
      id,
      revision: item.revisions[item.revisions.length - 1]!.revision,
    }));
  }

  async readCache(name: string): Promise<unknown> {
    const json = this.caches.get(name);
    if (json === undefined) return null;
    try {
      return JSON.parse(json);
    } catch {
      return null;
    }
  }

  async writeCache(name: string, data: unknown): Promise<void> {
    this.caches.set(name, JSON.stringify(data));
  }

  async revisions(id: string): Promise<RevisionInfo[]> {
    return this.item(id)
      .revisions.map((r) => ({
        revision: r.revision,
        savedAt: r.savedAt,
        ...(r.revisionName ? { revisionName: r.revisionName } : {}),
      }))
      .reverse();
  }

  async getRevision<T = unknown>(id: string, revision: number): Promise<ItemRecord<T>> {
    const item = this.item(id);
    const r = item.revisions.find((x) => x.revision === revision);
    if (!r) throw vaultErrors.noRevision();
    return this.record<T>(id, item.kind, r);
  }

  async nameRevision(id: string, revision: number, name: string | null): Promise<void> {
    const r = this.item(id).revisions.find((x) => x.revision === revision);
    if (!r) throw vaultErrors.noRevision();
    if (name === null) delete r.revisionName;
    else r.revisionName = name;
  }

  async destroy(id: string): Promise<void> {
    this.item(id);
    this.items.delete(id);
  }

  /** Writes data as the vault would, bypassing the service (for unreadable-data tests). */
  rawCreate(kind: ItemKind, data: unknown): string {
    const id = randomBytes(16).toString('hex');
    this.items.set(id, { kind, revisions: [{ revision: 1, savedAt: this.tick(), json: JSON.stringify(data) }] });
    return id;
  }

  async verifyPassphrase(): Promise<boolean> {
    return true;
  }
  async changePassphrase() {
    return {};
  }
  async rotateKeys() {
    return {};
  }
  async setRecoveryKey(): Promise<string> {
    return 'unused';
  }
  async removeRecoveryKey(): Promise<void> {}
  async verify() {
    return { ok: true, checked: 0, damaged: [] };
  }
  async backup(): Promise<void> {}
  async close(): Promise<void> {}
}
