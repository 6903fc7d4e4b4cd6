import { z } from 'zod';
import { harborIdSchema } from '../core/ids';
import { clearedTextSchema } from '../consent/cleared';
import type { StoryDoc } from '../core/story-doc';
import type { ErrorMessageKey, Message } from '../error-text/error-catalog';
import { preferencesPatchSchema, type Preferences } from '../preferences';
import { detailRegisterSchema, type DetailRegister } from '../story/detail-register';
import { channel } from './channel';
import { consentChannels } from './contract-consent';
import { safetyChannels } from './contract-safety';
import { shareChannels } from './contract-share';
import { testimonyChannels } from './contract-testimony';
import { campaignChannels } from './contract-campaign';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

export interface VaultStatus {
  /** A vault exists in this profile (false → first run). */
  exists: boolean;
  unlocked: boolean;
  /** Only known while unlocked. */
  hasRecoveryKey: boolean | null;
}

export interface IntegritySummary {
  ok: boolean;
  checked: number;
  /** itemId 'cache' (with `cache`): derived data that did not authenticate and was rebuilt. */
  damaged: { itemId: string; revision?: number; cache?: string; problem: Message }[];
}

export interface StorySummaryView {
  id: string;
  title: string;
  tags: string[];
  updatedAt: string;
  wordCount: number;
  trashedAt: string | null;
  revision: number;
}

export interface StoryView extends StorySummaryView {
  createdAt: string;
  /** TipTap JSON as stored (validated by the story service against shared/story's schema). */
  doc: StoryDoc;
  /** The sensitive-detail register as last saved (absent on stories saved before it existed). */
  details?: DetailRegister;
  /** Check candidates the person said are fine to share (folded words). */
  cleared?: string[];
}

/** Something the person should know about an import, in the error catalog's words (both languages). */
export interface ImportNotice {
  key: ErrorMessageKey;
  params: Record<string, string | number>;
}

export interface RevisionView {
  revision: number;
  savedAt: string;
  revisionName?: string;
}

export interface StorySearchHit {
  id: string;
  title: string;
  snippet: string;
  terms: string[];
}

const id = harborIdSchema;
const title = z.string().max(300);
const tags = z.array(z.string().min(1).max(60)).max(50);
const storyDoc = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(100_000).optional() })
  .passthrough();

const blockCount = z.number().int().min(0).max(100_000);
const storyBlocks = z
  .object({
    base: z.number().int().positive(),
    from: blockCount,
    remove: blockCount,
    insert: z.array(z.unknown()).max(100_000),
    total: blockCount,
  })
  .strict();

/** Passphrases are bounded so a pasted novel cannot stall the key derivation. */
const passphrase = z.string().min(1, 'request.enterPassphrase').max(1024);
const newPassphrase = z.string().min(10, 'request.passphraseTooShort').max(1024);
const recoveryKeyInput = z.string().min(20).max(200);

/** No arguments: the renderer may pass nothing (undefined) or an empty object. */
const none = z.union([z.undefined(), z.object({}).strict()]);

/**
 * The one IPC contract. Channel names are `area:verb`; the renderer's `window.harbor` is derived
 * from this table (see api.ts), and the main process registers exactly one handler per entry.
 */
export const contract = {
  'app:info': channel<AppInfo>()(none),
  'prefs:get': channel<Preferences>()(none),
  'prefs:set': channel<Preferences>()(preferencesPatchSchema),
  'vault:status': channel<VaultStatus>()(none),
  'vault:create': channel<{ recoveryKey: string | null }>()(
    z.object({ passphrase: newPassphrase, recoveryKey: z.boolean() }).strict(),
  ),
  'vault:unlock': channel<VaultStatus>()(z.object({ passphrase }).strict()),
  /** Locks now: keys wiped, then the window is reloaded so no plaintext stays in its memory. */
  'vault:lock': channel<void>()(none),
  /**
   * A new passphrase and new keys in one step (an old copy of the vault and the old passphrase read
   * nothing written from now on). A new recovery key (shown once) if the vault had one.
   */
  'vault:change-passphrase': channel<{ recoveryKey: string | null }>()(
    z.object({ current: passphrase, next: newPassphrase }).strict(),
  ),
  /** One encrypted backup file where the person chooses (the save dialog); saved false when cancelled. */
  'vault:backup': channel<{ saved: boolean }>()(none),
  /**
   * Opens with the recovery key under a new passphrase, with new keys as a passphrase change makes:
   * the recovery key just used stops working, and the new one is returned once.
   */
  'vault:recover': channel<{ status: VaultStatus; recoveryKey: string }>()(
    z.object({ recoveryKey: recoveryKeyInput, next: newPassphrase }).strict(),
  ),
  /** Makes a new recovery key (replacing any old one) and returns it once. */
  'vault:new-recovery-key': channel<{ recoveryKey: string }>()(z.object({ passphrase }).strict()),
  'vault:remove-recovery-key': channel<void>()(z.object({ passphrase }).strict()),
  'vault:rotate-keys': channel<{ recoveryKey: string | null }>()(z.object({ passphrase }).strict()),
  'vault:verify': channel<IntegritySummary>()(none),
  /** The renderer reports activity so idle auto-lock measures Harbor's own idleness. */
  'vault:activity': channel<void>()(none),
  'story:list': channel<StorySummaryView[]>()(z.object({ includeTrashed: z.boolean().optional() }).strict().optional()),
  'story:get': channel<StoryView>()(z.object({ id }).strict()),
  'story:create': channel<StoryView>()(z.object({ title: title.optional(), doc: storyDoc.optional() }).strict()),
  /**
   * Autosave: commits a revision, which may replace the sitting's previous autosave (see
   * electron/stories/sittings.ts); `keep` makes it a version of its own (saved before a restore or
   * after a large paste); `sitting` names the editor's time with the story (a random id made when
   * it opens), so a save from another sitting never replaces this one's. Returns the new summary.
   */
  'story:save': channel<StorySummaryView>()(
    z
      .object({
        id,
        title: title.optional(),
        doc: storyDoc.optional(),
        /**
         * Instead of `doc`: only the blocks changed since revision `base` (shared/story/block-patch.ts).
         * Refused (invalid_input) unless `base` is the stored revision; the editor then sends `doc`.
         */
        blocks: storyBlocks.optional(),
        tags: tags.optional(),
        keep: z.boolean().optional(),
        sitting: z
          .string()
          .regex(/^[A-Za-z0-9-]{8,64}$/)
          .optional(),
      })
      .strict(),
  ),
  /** Remembers identifying-detail check candidates as fine to share; returns the story's whole list. */
  'story:clear-candidates': channel<{ cleared: string[] }>()(
    z.object({ id, texts: z.array(clearedTextSchema).min(1).max(500) }).strict(),
  ),
  'story:trash': channel<void>()(z.object({ id }).strict()),
  'story:restore': channel<void>()(z.object({ id }).strict()),
  /** Deletes every trashed story's files and keys for good. */
  'story:empty-trash': channel<{ removed: number }>()(none),
  'story:revisions': channel<RevisionView[]>()(z.object({ id }).strict()),
  'story:revision': channel<StoryView>()(z.object({ id, revision: z.number().int().positive() }).strict()),
  'story:name-revision': channel<void>()(
    z.object({ id, revision: z.number().int().positive(), name: z.string().max(200).nullable() }).strict(),
  ),
  /** Restores an old revision as a new revision (history is never rewritten). */
  'story:restore-revision': channel<StoryView>()(z.object({ id, revision: z.number().int().positive() }).strict()),
  'story:search': channel<StorySearchHit[]>()(z.object({ query: z.string().max(500) }).strict()),
  /** The renderer reads a file the person picked and sends its bytes (base64), never a path. */
  'story:import': channel<StoryView & { notices?: ImportNotice[] }>()(
    z.object({ fileName: z.string().min(1).max(255), base64: z.string().max(30_000_000) }).strict(),
  ),
  /** The story's sensitive-detail register: each marked detail and its variants (what export finds). */
  'story:details': channel<DetailRegister>()(z.object({ id }).strict()),
  /** Saves the person's variant choices (turned off, added); returns the register as stored. */
  'story:set-details': channel<DetailRegister>()(z.object({ id, details: detailRegisterSchema }).strict()),
  // Each later area keeps its channels in its own file (contract-<area>.ts) and is spread in here.
  ...consentChannels,
  ...safetyChannels,
  ...shareChannels,
  ...testimonyChannels,
  ...campaignChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type { StoryDoc };
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = Contract[C]['response'];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
