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
import { isHarborId } from '../../shared/core/ids';
import type { ErrorMessage } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';
import type { CampaignSaved } from '../../shared/ipc/contract-campaign';
import { createKeyedQueue } from '../stories/keyed-queue';
import type { ItemRecord, OpenVault } from '../vault/types';

const notFound = () => new HarborError('not_found', 'campaign.notFound');
const unreadable = () => new HarborError('integrity', 'campaign.unreadable');

function campaignOf(record: ItemRecord): Campaign {
  if (record.kind !== 'campaign') throw notFound();
  const parsed = campaignDataSchema.safeParse(record.data);
  if (!parsed.success) throw unreadable();
  return { id: record.id, revision: record.revision, ...parsed.data };
}

async function asNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HarborError && error.code === 'not_found') throw notFound();
    throw error;
  }
}

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
  const serial = createKeyedQueue();
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const checkedId = (id: string) => {
    if (!isHarborId(id)) throw notFound();
    return id;
  };
  const load = async (id: string) => campaignOf(await asNotFound(vault.get(checkedId(id))));
  const commit = async (c: Campaign, data: CampaignData): Promise<Campaign> => {
    const record = await vault.put<CampaignData>(c.id, campaignDataSchema.parse(data));
    return { id: record.id, revision: record.revision, ...data };
  };
  const dataOf = ({ id: _id, revision: _r, ...data }: Campaign): CampaignData => data;

  return {
    /** Every campaign that reads (a damaged one is left out; the integrity check names it). */
    async all(options: { includeTrashed?: boolean } = {}): Promise<Campaign[]> {
      const out: Campaign[] = [];
      for (const record of await vault.list('campaign')) {
        const parsed = campaignDataSchema.safeParse(record.data);
        if (!parsed.success) continue;
        if (parsed.data.trashedAt !== null && !options.includeTrashed) continue;
        out.push({ id: record.id, revision: record.revision, ...parsed.data });
      }
      return out.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id),
      );
    },

    async list(options: { includeTrashed?: boolean } = {}): Promise<CampaignSummary[]> {
      return (await this.all(options)).map(toCampaignSummary);
    },

    get: (id: string) => load(id),

    async create(input: Partial<CampaignEditInput> = {}): Promise<Campaign> {
      const edit = campaignEditSchema.parse({ ...BLANK, ...input });
      checkCampaign(edit);
      const at = now();
      const data: CampaignData = { ...edit, createdAt: at, updatedAt: at, trashedAt: null };
      const record = await vault.create<CampaignData>('campaign', campaignDataSchema.parse(data));
      return { id: record.id, revision: record.revision, ...data };
    },

    async save(id: string, edit: z.input<typeof campaignPatchSchema> | CampaignPatch): Promise<CampaignSaved> {
      const changes = campaignPatchSchema.parse(edit);
      return serial(checkedId(id), async () => {
        const current = await load(id);
        const before = dataOf(current);
        const after: CampaignData = { ...before, ...changes };
        if (JSON.stringify(before) === JSON.stringify(after))
          return { id, revision: current.revision, updatedAt: current.updatedAt };
        checkCampaign(after);
        const saved = await commit(current, { ...after, updatedAt: now() });
        return { id, revision: saved.revision, updatedAt: saved.updatedAt };
      });
    },

    async setTrashed(id: string, trashed: boolean): Promise<void> {
      await serial(checkedId(id), async () => {
        const current = await load(id);
        if ((current.trashedAt !== null) === trashed) return;
        await commit(current, { ...dataOf(current), trashedAt: trashed ? now() : null });
      });
    },

    async destroy(id: string): Promise<void> {
      const current = await load(id);
      if (current.trashedAt === null) throw new HarborError('forbidden', 'campaign.notInTrash');
      await vault.destroy(current.id);
    },
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;
