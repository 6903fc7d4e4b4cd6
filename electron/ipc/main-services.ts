import { docToPlainText } from '../../shared/story';
import type { Story } from '../../shared/story/story-summary';
import { createUnlockGuard } from '../safety/attempt-guard';
import { createSafetyService, type SafetyService } from '../safety/safety-service';
import { StorySearch } from '../search/story-search';
import { createVaultSession, type VaultBackend, type VaultSession } from '../session/vault-session';
import { createSentPackages, createSharedStories, type SentPackages, type SharedStories } from '../share/index';
import { storiesOf, type StoryService } from '../stories';
import type { ImportRunner } from '../stories/import/import-runner';
import { createWorkerImportRunner } from '../stories/import/worker-import-runner';
import type { KdfCost } from '../vault/kdf';
import * as vaultBackend from '../vault/index';
import type { CreateVaultOptions } from '../vault/types';
import type { MainContext } from './main-context';

/** The long-lived services behind the handlers; the shell also uses them (lock on suspend). */
export interface MainServices {
  session: VaultSession;
  /** Stories of the open vault (HarborError 'locked' otherwise). */
  stories(): StoryService;
  /** In memory only: rebuilt on unlock, dropped on lock. */
  search: StorySearch;
  indexStory(story: Story): void;
  /** Bounded in memory and time, out of the main process (see ImportRunner). */
  importStory: ImportRunner['run'];
  /** Quick exit, wrong-passphrase delays, clipboard clearing, focus-loss lock. */
  safety: SafetyService;
  /** Packages the writer made, and stories shared with this vault (HarborError 'locked' otherwise). */
  sentPackages(): SentPackages;
  sharedStories(): SharedStories;
}

export interface ServiceOptions {
  backend?: VaultBackend;
  /** KDF parameters for new vaults; left out in the app so the KDF is calibrated to the computer. */
  createOptions?: Omit<CreateVaultOptions, 'recoveryKey'>;
  /** Argon2id cost for new share packages; left out in the app (64 MiB, 3 passes). */
  shareKdf?: KdfCost;
}

const searchable = (s: Story) => ({ id: s.id, title: s.title, text: docToPlainText(s.doc) });

export function createMainServices(ctx: MainContext, opts: ServiceOptions = {}): MainServices {
  const search = new StorySearch();
  const importRunner = ctx.importRunner ?? createWorkerImportRunner();
  const guard = createUnlockGuard({ dir: ctx.vaultDir });
  const safety = createSafetyService({
    prefs: () => ctx.prefs.get(),
    session: () => session,
    guard,
    ...(ctx.desktop ? { desktop: ctx.desktop } : {}),
  });
  const session: VaultSession = createVaultSession({
    guard,
    dir: ctx.vaultDir,
    backend: opts.backend ?? vaultBackend,
    ...(opts.createOptions ? { createOptions: opts.createOptions } : {}),
    autoLockMinutes: () => ctx.prefs.get().autoLockMinutes,
    requestRendererLock: (reason) => ctx.emit('vault:lock-requested', { reason }),
    afterLock: (reason) => {
      void safety.onLocked();
      ctx.emit('vault:locked', { reason });
      ctx.reloadRenderer();
    },
    onOpened: (vault) => {
      // In the background, in slices, so the library (and everything else) answers meanwhile.
      const stories = storiesOf(vault);
      void search.rebuildInSlices(() => stories.texts()).catch(() => search.clear());
    },
    onClosing: () => search.clear(),
  });
  return {
    session,
    stories: () => storiesOf(session.require()),
    search,
    indexStory: (story) => (story.trashedAt ? search.remove(story.id) : search.upsert(searchable(story))),
    importStory: (bytes, fileName, importOpts) => importRunner.run(bytes, fileName, importOpts),
    safety,
    sentPackages: () =>
      createSentPackages({ vault: session.require(), ...(opts.shareKdf ? { kdf: opts.shareKdf } : {}) }),
    sharedStories: () => createSharedStories({ vault: session.require() }),
  };
}
