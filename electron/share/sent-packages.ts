import { today } from '../../shared/core/dates';
import { checkGrant } from '../../shared/consent/check-grant';
import { HarborError } from '../../shared/errors';
import { suggestExportFileName } from '../../shared/export/export-file-name';
import { shareStatus } from '../../shared/share/share-status';
import { shareTermsFromGrant } from '../../shared/share/share-terms';
import type { SentPackageView } from '../../shared/share/share-views';
import type { UseRecord } from '../../shared/share/use-record';
import { releaseDocument } from '../../shared/release/release-gate';
import { registerFromDoc } from '../../shared/story/detail-register';
import { parseStoryDoc } from '../../shared/story/doc-schema';
import { createGrantStore } from '../consent/grant-store';
import { createProfileStore } from '../consent/profile-store';
import { createStoryService } from '../stories/story-service';
import { randomBytes } from '../vault/aead';
import { fromBase64, toBase64 } from '../vault/encoding';
import type { ItemRecord } from '../vault/types';
import { todayOf, type ShareDeps } from './share-clock';
import { generateShareCode } from './share-code';
import { shareErrors } from './share-errors';
import { PACKAGE_ID_BYTES } from './share-file';
import { SHARE_KDF_DEFAULT, wipeKeys } from './share-keys';
import { noteTarget, openReceipt, sealPackage, sealRevocation } from './share-seal';
import { sentPackageDataSchema, type SentPackageData } from './share-records';
import type { Lang } from '../../shared/core/languages';
import { formatMessage } from '../../shared/error-text/error-catalog';

export interface PreparedPackage {
  packageId: string;
  /** Shown once to the writer; Harbor keeps only keys derived from it. */
  shareCode: string;
  bytes: Buffer;
  suggestedFileName: string;
  /** Records the package in the writer's vault once its file is safely written. */
  commit(fileName: string): Promise<SentPackageView>;
}

export interface PrepareRequest {
  storyId: string;
  grantId: string;
  /** A title the writer approved for the advocate to see; null sends none. */
  title: string | null;
  language?: Lang;
}

const byNewest = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);

function mergeUses(current: UseRecord[], incoming: UseRecord[]): UseRecord[] {
  const seen = new Set(current.map((u) => JSON.stringify(u)));
  const merged = [...current, ...incoming.filter((u) => !seen.has(JSON.stringify(u)))];
  return merged.sort((a, b) => b.at.localeCompare(a.at));
}

/** The writer's side: making packages, withdrawing them, reading the receipts that come back. */
export function createSentPackages({ vault, clock = () => new Date(), kdf = SHARE_KDF_DEFAULT, derive }: ShareDeps) {
  const view = (r: ItemRecord<SentPackageData>): SentPackageView => {
    const d = sentPackageDataSchema.parse(r.data);
    const revokedAt = d.revoked?.at ?? null;
    return {
      packageId: d.packageId,
      storyId: d.storyId,
      grantId: d.grantId,
      title: d.title,
      fileName: d.fileName,
      createdAt: d.createdAt,
      expiresOn: d.expiresOn,
      terms: d.terms,
      revokedAt,
      status: shareStatus({ expiresOn: d.expiresOn, revokedAt }, todayOf(clock())),
      uses: d.uses,
      lastReceiptAt: d.lastReceiptAt,
    };
  };

  const find = async (packageId: string): Promise<ItemRecord<SentPackageData>> => {
    const found = (await vault.list<SentPackageData>('share-package')).find((r) => r.data.packageId === packageId);
    if (!found) throw new HarborError('not_found', 'share.sentNotFound');
    return found;
  };

  const keyOf = (b64: string) => {
    const k = fromBase64(b64, 32);
    if (!k) throw shareErrors.damaged('packageRecord');
    return k;
  };

  return {
    async prepare(req: PrepareRequest): Promise<PreparedPackage> {
      const now = clock();
      const lang = req.language ?? 'en';
      const grant = await createGrantStore(vault, clock).get(req.grantId);
      const refusals = checkGrant(grant, { format: grant.formats[0]!, sourceIds: [req.storyId], today: todayOf(now) });
      if (refusals.length > 0) {
        const reasons = formatMessage('en', refusals[0]!.message);
        throw new HarborError('consent_refused', { key: 'consent.refused', params: { reasons } }, { refusals });
      }
      const story = await createStoryService(vault).get(req.storyId);
      if (story.trashedAt) throw new HarborError('forbidden', 'share.storyInTrash');
      const author = { full: (await createProfileStore(vault).get()).fullName };
      // The advocate receives only what the release gate lets out; the master copy never leaves.
      // The title and the terms' own words (audience, purpose) pass through it like the story.
      const released = releaseDocument(
        {
          body: story.doc,
          shareTitle: req.title,
          history: [grant.audience.name, grant.purpose],
        },
        { terms: grant, author, language: lang, registers: [registerFromDoc(story.doc, story.details)] },
      );
      const doc = parseStoryDoc(released.body);
      const packageId = randomBytes(PACKAGE_ID_BYTES).toString('hex');
      const [audienceName, purpose] = released.history as [string, string];
      const terms = {
        ...shareTermsFromGrant(grant, released.authorName),
        audience: { kind: grant.audience.kind, name: audienceName },
        purpose,
      };
      // Trimmed once released; a title of nothing but spaces is no title.
      const title = released.shareTitle?.trim() || null;
      const shareCode = generateShareCode();
      const createdAt = now.toISOString();
      const { bytes, keys } = await sealPackage(
        {
          format: 'harbor-share-package',
          packageId,
          createdAt,
          expiresOn: grant.expiresOn,
          title,
          language: lang,
          terms,
          doc,
        },
        shareCode,
        kdf,
        derive,
      );
      const keyRecord = { revocation: toBase64(keys.revocation), receipt: toBase64(keys.receipt) };
      wipeKeys(keys);
      return {
        packageId,
        shareCode,
        bytes,
        // Named for the day in the package's language, and let out through the same gate as its title.
        suggestedFileName: released.line(
          suggestExportFileName(
            'shared-story',
            'harbor-share',
            today(() => now),
            lang,
          ),
        ),
        commit: async (fileName) => {
          const data: SentPackageData = {
            packageId,
            storyId: req.storyId,
            grantId: req.grantId,
            title,
            fileName,
            createdAt,
            expiresOn: grant.expiresOn,
            terms,
            keys: keyRecord,
            revoked: null,
            uses: [],
            lastReceiptAt: null,
          };
          return view(await vault.create('share-package', data));
        },
      };
    },

    async list(storyId?: string): Promise<SentPackageView[]> {
      const records = await vault.list<SentPackageData>('share-package');
      return records
        .map(view)
        .filter((p) => !storyId || p.storyId === storyId)
        .sort(byNewest);
    },

    async get(packageId: string): Promise<SentPackageView> {
      return view(await find(packageId));
    },

    /**
     * Marks the package withdrawn and returns the file that tells the advocate's Harbor so. Asking
     * again gives the same withdrawal (same date), so a lost file can be written again.
     */
    async revoke(packageId: string, reason = ''): Promise<{ bytes: Buffer; view: SentPackageView }> {
      const record = await find(packageId);
      let data = sentPackageDataSchema.parse(record.data);
      if (!data.revoked) {
        data = { ...data, revoked: { at: clock().toISOString(), reason: reason.slice(0, 1000) } };
        await vault.put(record.id, data);
      }
      const key = keyOf(data.keys.revocation);
      try {
        const bytes = sealRevocation(key, {
          format: 'harbor-share-revocation',
          packageId,
          revokedAt: data.revoked!.at,
          reason: data.revoked!.reason,
        });
        return { bytes, view: view({ ...record, data }) };
      } finally {
        key.fill(0);
      }
    },

    /** Reads an advocate's receipt: only one made with this package's code is accepted. */
    async importReceipt(bytes: Uint8Array): Promise<SentPackageView> {
      const packageId = noteTarget(bytes, 'receipt');
      const record = await find(packageId).catch(() => {
        throw shareErrors.unknownPackage();
      });
      const data = sentPackageDataSchema.parse(record.data);
      const key = keyOf(data.keys.receipt);
      try {
        const receipt = openReceipt(bytes, key);
        const next: SentPackageData = {
          ...data,
          uses: mergeUses(data.uses, receipt.uses),
          // The later of the two, second once sorted: ISO dates sort as text, and '' before any.
          lastReceiptAt: [receipt.writtenAt, data.lastReceiptAt ?? ''].sort()[1]!,
        };
        return view(await vault.put(record.id, next));
      } finally {
        key.fill(0);
      }
    },
  };
}

export type SentPackages = ReturnType<typeof createSentPackages>;
