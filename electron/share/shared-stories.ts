import { HarborError } from '../../shared/errors';
import { describeShareTerms } from '../../shared/share/describe-terms';
import type { BriefingExcerpt } from '../../shared/share/check-excerpts';
import { shareStatus } from '../../shared/share/share-status';
import type { SharedStorySummary, SharedStoryView } from '../../shared/share/share-views';
import { MAX_USE_RECORDS, useRecordSchema, type UseRecord } from '../../shared/share/use-record';
import { equalBytes } from '../vault/aead';
import { fromBase64, toBase64 } from '../vault/encoding';
import type { ItemRecord } from '../vault/types';
import { todayOf, type ShareDeps } from './share-clock';
import { shareErrors } from './share-errors';
import { wipeKeys } from './share-keys';
import { noteTarget, openPackage, openRevocation, sealReceipt } from './share-seal';
import { sharedStoryDataSchema, type SharedStoryData } from './share-records';
import type { Lang } from '../../shared/core/languages';

/** The advocate's side: stories others shared, read-only, and the record of every use. */
export function createSharedStories({ vault, clock = () => new Date(), derive }: ShareDeps) {
  const today = () => todayOf(clock());

  const summaryOf = (id: string, d: SharedStoryData): SharedStorySummary => {
    const revokedAt = d.revoked?.at ?? null;
    return {
      id,
      packageId: d.packageId,
      title: d.title,
      importedAt: d.importedAt,
      createdAt: d.createdAt,
      expiresOn: d.expiresOn,
      terms: d.terms,
      revokedAt,
      status: shareStatus({ expiresOn: d.expiresOn, revokedAt }, today()),
      useCount: d.uses.length,
    };
  };
  const viewOf = (r: ItemRecord<SharedStoryData>): SharedStoryView => {
    const d = sharedStoryDataSchema.parse(r.data);
    return { ...summaryOf(r.id, d), doc: d.doc, language: d.language, uses: d.uses };
  };

  const all = () => vault.list<SharedStoryData>('shared-story');
  /** By the vault item's id or by the package id (what the writer sees), whichever is given. */
  const find = async (idOrPackageId: string) => {
    const found = (await all()).find((r) => r.id === idOrPackageId || r.data.packageId === idOrPackageId);
    if (!found) throw new HarborError('not_found', 'share.sharedStoryNotFound');
    return found;
  };
  const keyOf = (b64: string) => {
    const k = fromBase64(b64, 32);
    if (!k) throw shareErrors.damaged('sharedStoryRecord');
    return k;
  };

  return {
    async importPackage(bytes: Uint8Array, shareCode: string): Promise<SharedStoryView> {
      const { payload, keys } = await openPackage(bytes, shareCode, derive);
      try {
        const existing = (await all()).find((r) => r.data.packageId === payload.packageId);
        if (existing) {
          // The id is readable in the file, so anyone can copy it: the same package is the same id
          // sealed under the same key. A different key is a conflict (one of them is forged), and
          // the story already here is never replaced or mistaken for the newcomer.
          const data = sharedStoryDataSchema.parse(existing.data);
          const held = keyOf(data.keys.revocation);
          try {
            if (!equalBytes(held, keys.revocation)) {
              throw shareErrors.packageIdConflict(payload.packageId, data.importedAt.slice(0, 10));
            }
          } finally {
            held.fill(0);
          }
          return viewOf(existing);
        }
        if (shareStatus({ expiresOn: payload.expiresOn, revokedAt: null }, today()) === 'expired') {
          throw new HarborError('consent_refused', {
            key: 'share.expiredOnImport',
            params: { date: payload.expiresOn },
          });
        }
        const data: SharedStoryData = {
          packageId: payload.packageId,
          title: payload.title,
          language: payload.language,
          importedAt: clock().toISOString(),
          createdAt: payload.createdAt,
          expiresOn: payload.expiresOn,
          terms: payload.terms,
          doc: payload.doc,
          keys: { revocation: toBase64(keys.revocation), receipt: toBase64(keys.receipt) },
          revoked: null,
          uses: [],
        };
        return viewOf(await vault.create('shared-story', data));
      } finally {
        wipeKeys(keys);
      }
    },

    async list(): Promise<SharedStorySummary[]> {
      return (await all())
        .map((r) => summaryOf(r.id, sharedStoryDataSchema.parse(r.data)))
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },

    async get(idOrPackageId: string): Promise<SharedStoryView> {
      return viewOf(await find(idOrPackageId));
    },

    /** The terms sentence, in the language asked for. */
    async termsSentence(idOrPackageId: string, lang: Lang = 'en'): Promise<string> {
      return describeShareTerms((await this.get(idOrPackageId)).terms, lang);
    },

    /**
     * A withdrawal from the writer: accepted only if it authenticates under this package's key (so
     * nobody without the share code can forge one). The text is removed from this vault at once;
     * the terms and the use record stay, so a receipt can still tell the writer where it went.
     */
    async importRevocation(bytes: Uint8Array): Promise<SharedStoryView> {
      const packageId = noteTarget(bytes, 'revocation');
      const record = (await all()).find((r) => r.data.packageId === packageId);
      if (!record) throw shareErrors.unknownPackage();
      const data = sharedStoryDataSchema.parse(record.data);
      const key = keyOf(data.keys.revocation);
      try {
        const revocation = openRevocation(bytes, key);
        if (data.revoked) return viewOf(record);
        const next: SharedStoryData = {
          ...data,
          doc: null,
          revoked: { at: revocation.revokedAt, reason: revocation.reason },
        };
        return viewOf(await vault.put(record.id, next));
      } finally {
        key.fill(0);
      }
    },

    /**
     * Records one export that quoted this story. The export pipeline calls it after the file is
     * written; it refuses for a story that may no longer be quoted.
     */
    async recordUse(idOrPackageId: string, use: UseRecord): Promise<SharedStoryView> {
      const record = await find(idOrPackageId);
      const data = sharedStoryDataSchema.parse(record.data);
      const status = shareStatus({ expiresOn: data.expiresOn, revokedAt: data.revoked?.at ?? null }, today());
      if (status !== 'active') {
        throw new HarborError(
          'consent_refused',
          status === 'revoked'
            ? 'share.withdrawnNoQuoting'
            : { key: 'share.expiredNoQuoting', params: { date: data.expiresOn } },
        );
      }
      if (data.uses.length >= MAX_USE_RECORDS) throw new HarborError('invalid_input', 'share.tooManyUses');
      const next = { ...data, uses: [useRecordSchema.parse(use), ...data.uses] };
      return viewOf(await vault.put(record.id, next));
    },

    /** A receipt for the writer: every recorded use, authenticated with this package's key. */
    async writeReceipt(idOrPackageId: string): Promise<{ bytes: Buffer; view: SharedStoryView }> {
      const record = await find(idOrPackageId);
      const data = sharedStoryDataSchema.parse(record.data);
      const key = keyOf(data.keys.receipt);
      try {
        const bytes = sealReceipt(key, {
          format: 'harbor-share-receipt',
          packageId: data.packageId,
          writtenAt: clock().toISOString(),
          uses: data.uses,
        });
        return { bytes, view: viewOf(record) };
      } finally {
        key.fill(0);
      }
    },

    /** What the briefing builder needs to check and credit an excerpt of this story. */
    async excerptSource(idOrPackageId: string): Promise<Omit<BriefingExcerpt, 'id'>> {
      const v = await this.get(idOrPackageId);
      return { sharedStoryId: v.id, sourceLabel: v.title ?? '', terms: v.terms, revokedAt: v.revokedAt };
    },
  };
}

export type SharedStories = ReturnType<typeof createSharedStories>;
