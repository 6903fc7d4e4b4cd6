import type { z } from 'zod';
import { campaignProblems } from '../../shared/campaign/campaign-rules';
import {
  campaignDataSchema,
  campaignEditSchema,
  campaignPatchSchema,
  toCampaignSummary,
  type Campaign,
  type CampaignData,
  type CampaignEdit,
  type CampaignEditInput,
  type CampaignPatch,
  type CampaignSummary,
} from '../../shared/campaign/campaign-data';
import type { ErrorMessage } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';
import type { CampaignSaved } from '../../shared/ipc/contract-campaign';
import { createVaultItemStore } from '../items/vault-item-store';
import type { OpenVault } from '../vault/types';

/** Refuses a campaign that breaks its own rules (status history, references), naming the first. */
export function checkCampaign(edit: CampaignEdit): void {
  const [first] = campaignProblems(edit);
  if (first) throw new HarborError('invalid_input', first.message as ErrorMessage);
}

/** A new campaign's defaults: the fields a blank form starts with. */
const BLANK: CampaignEditInput = { title: '', policyAsk: '', jurisdiction: 'us-state' };

/**
 * Campaigns over the vault (kind 'campaign'): every write parsed with the shared schema and its
 * rules, every read parsed again; saves to one campaign run one after another.
 */
export function createCampaignService(vault: OpenVault, opts: { now?: () => Date } = {}) {
  const store = createVaultItemStore<CampaignData>(
    vault,
    {
      kind: 'campaign',
      schema: campaignDataSchema,
      notFound: 'campaign.notFound',
      unreadable: 'campaign.unreadable',
      notInTrash: 'campaign.notInTrash',
    },
    opts,
  );

  return {
    /** Every campaign that reads (a damaged one is left out; the integrity check names it). */
    all: (options: { includeTrashed?: boolean } = {}): Promise<Campaign[]> => store.all(options),

    async list(options: { includeTrashed?: boolean } = {}): Promise<CampaignSummary[]> {
      return (await store.all(options)).map(toCampaignSummary);
    },

    get: (id: string): Promise<Campaign> => store.load(id),

    async create(input: Partial<CampaignEditInput> = {}): Promise<Campaign> {
      const edit = campaignEditSchema.parse({ ...BLANK, ...input });
      checkCampaign(edit);
      const at = store.now();
      return store.create({ ...edit, createdAt: at, updatedAt: at, trashedAt: null });
    },

    async save(id: string, edit: z.input<typeof campaignPatchSchema> | CampaignPatch): Promise<CampaignSaved> {
      return store.save(id, campaignPatchSchema.parse(edit), checkCampaign);
    },

    setTrashed: (id: string, trashed: boolean): Promise<void> => store.setTrashed(id, trashed),

    destroy: (id: string): Promise<void> => store.destroy(id),
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;
