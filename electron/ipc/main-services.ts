import { HarborError } from '../../shared/errors';
import { createCampaignReports, createCampaignService, type CampaignReports, type CampaignService } from '../campaigns';
import { createGrantStore, type GrantStore } from '../consent/grant-store';
import { createProfileStore, type ProfileStore } from '../consent/profile-store';
import { createSharingHistory, type SharingHistory } from '../consent/sharing-history';
import type { PdfPrinter } from '../export/pdf-printer';
import { createExportPipeline, type ExportPipeline } from '../export-pipeline/export-pipeline';
import { createSafetyService, type SafetyService } from '../safety/safety-service';
import { StorySearch } from '../search/story-search';
import { createUnlockGuard } from '../session/attempt-guard';
import { createVaultSession, type VaultBackend, type VaultSession } from '../session/vault-session';
import { createSentPackages, createSharedStories, type SentPackages, type SharedStories } from '../share/index';
import { createStoryService, type StoryService } from '../stories';
import type { ImportRunner } from '../stories/import/import-runner';
import { createWorkerImportRunner } from '../stories/import/worker-import-runner';
import { createTemplateStore, createTestimonyService, type TemplateStore, type TestimonyService } from '../testimony';
import type { KdfCost } from '../vault/kdf';
import * as vaultBackend from '../vault/index';
import type { CreateVaultOptions, OpenVault } from '../vault/types';
import type { MainContext } from './main-context';
import { saveChooser, type ChooseSavePath } from './save-as';
import { optional } from '../../shared/core/optional';

/** The services over one open vault: built on first use after unlock, dropped on lock. */
export interface VaultServices {
  stories: StoryService;
  grants: GrantStore;
  profile: ProfileStore;
  history: SharingHistory;
  templates: TemplateStore;
  testimonies: TestimonyService;
  campaigns: CampaignService;
  /** Campaign reports: every line through the release gate, excerpts under their writers' consent. */
  campaignReports: CampaignReports;
  exports: ExportPipeline;
  /** Packages the writer made, and stories shared with this vault. */
  sentPackages: SentPackages;
  sharedStories: SharedStories;
}

/**
 * Every service of the main process, built here and nowhere else (handlers only call them); the
 * shell also uses them (lock on suspend).
 */
export interface MainServices {
  session: VaultSession;
  /** The services over the open vault (HarborError 'locked' otherwise). */
  open(): VaultServices;
  /** In memory only: rebuilt on unlock, follows every story change, dropped on lock. */
  search: StorySearch;
  /** Bounded in memory and time, out of the main process (see ImportRunner). */
  importStory: ImportRunner['run'];
  /** Quick exit, wrong-passphrase delays, clipboard clearing, focus-loss lock. */
  safety: SafetyService;
  /** The save dialog, refusing the vault folder (see save-as.ts). */
  chooseSavePath: ChooseSavePath;
  clock: () => Date;
}

export interface ServiceOptions {
  backend?: VaultBackend;
  /** KDF parameters for new vaults; left out in the app so the KDF is calibrated to the computer. */
  createOptions?: Omit<CreateVaultOptions, 'recoveryKey'>;
  /** Argon2id cost for new share packages; left out in the app (64 MiB, 3 passes). */
  shareKdf?: KdfCost;
  /** Tests move time to check expiry; the app uses the real clock. */
  clock?: () => Date;
}

export function createMainServices(ctx: MainContext, opts: ServiceOptions = {}): MainServices {
  const clock = opts.clock ?? (() => new Date());
  const search = new StorySearch();
  const importRunner = ctx.importRunner ?? createWorkerImportRunner();
  // The printer is asked for at print time: contexts built for tests that never make a PDF have none.
  const printer: PdfPrinter = {
    print: (html, printOpts) => {
      if (!ctx.pdfPrinter) throw new HarborError('unsupported', 'export.cannotMakePdf');
      return ctx.pdfPrinter.print(html, printOpts);
    },
  };
  const build = (vault: OpenVault): VaultServices => {
    const templates = createTemplateStore(vault);
    return {
      stories: createStoryService(vault, { onChange: (change) => search.apply(change) }),
      grants: createGrantStore(vault, clock),
      profile: createProfileStore(vault),
      history: createSharingHistory(vault),
      templates,
      testimonies: createTestimonyService(vault, templates),
      campaigns: createCampaignService(vault, { now: clock }),
      campaignReports: createCampaignReports({ vault, clock, printer }),
      exports: createExportPipeline({ vault, printer, clock }),
      sentPackages: createSentPackages({ vault, ...optional('kdf', opts.shareKdf) }),
      sharedStories: createSharedStories({ vault }),
    };
  };
  let built: { vault: OpenVault; services: VaultServices } | null = null;
  const open = (): VaultServices => {
    const vault = session.require();
    if (built?.vault !== vault) built = { vault, services: build(vault) };
    return built.services;
  };

  const guard = createUnlockGuard({ dir: ctx.vaultDir });
  const session = createVaultSession({
    guard,
    dir: ctx.vaultDir,
    backend: opts.backend ?? vaultBackend,
    ...optional('createOptions', opts.createOptions),
    autoLockMinutes: () => ctx.prefs.get().autoLockMinutes,
    requestRendererLock: (reason) => ctx.emit('vault:lock-requested', { reason }),
    afterLock: (reason) => {
      ctx.emit('vault:locked', { reason });
      ctx.reloadRenderer();
    },
    onOpened: () => {
      // In the background, in slices, so the library (and everything else) answers meanwhile. A
      // rebuild that cannot read the stories leaves the index as it began, empty, but for stories
      // saved since (each reaches it through onChange).
      const { stories } = open();
      void search.rebuildInSlices(() => stories.texts()).catch(() => undefined);
    },
    onClosing: async (reason) => {
      const stories = built?.services.stories;
      built = null;
      search.clear();
      // The print window goes with the session that printed in it (on Quick exit too).
      ctx.pdfPrinter?.release?.();
      // The library's index learns of autosaves in memory; written now, the next unlock reads no
      // story to list them. Quick exit does not wait for it: the index catches up then instead.
      if (reason !== 'quick-exit') await stories?.flush().catch(() => undefined);
    },
  });
  const safety = createSafetyService({
    prefs: () => ctx.prefs.get(),
    session,
    guard,
    ...optional('desktop', ctx.desktop),
  });
  return {
    session,
    open,
    search,
    importStory: (bytes, fileName, importOpts) => importRunner.run(bytes, fileName, importOpts),
    safety,
    chooseSavePath: saveChooser(ctx),
    clock,
  };
}
