import type { z } from 'zod';
import {
  campaignEditSchema,
  type engagementSchema,
  type Campaign,
  type CampaignEdit,
  type CampaignEditInput,
} from '../../../shared/campaign';

/** A campaign as the schema completes it, with only what a test cares about written out. */
export function campaignEdit(input: Partial<CampaignEditInput> = {}): CampaignEdit {
  return campaignEditSchema.parse({
    title: 'Safe Harbor Act',
    policyAsk: 'Pass SB 12',
    jurisdiction: 'us-state',
    ...input,
  });
}

export function campaign(input: Partial<CampaignEditInput> = {}, id = 'campaign-0001'): Campaign {
  return {
    id,
    revision: 1,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    trashedAt: null,
    ...campaignEdit(input),
  };
}

export type EngagementInput = z.input<typeof engagementSchema>;

let n = 0;
/** An engagement input with a fresh id. */
export function engagement(input: Partial<EngagementInput> = {}): EngagementInput {
  n += 1;
  return { id: `eng-${n}`, kind: 'meeting', office: "Sen. Rivera's office", date: '2027-02-01', ...input };
}
