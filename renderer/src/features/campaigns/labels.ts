import type {
  BillStepKind,
  Chamber,
  EngagementKind,
  Jurisdiction,
  OutcomeResult,
  Sector,
  SignOnState,
} from '../../../../shared/campaign/campaign-data';
import type { LabelKeys } from '../../i18n/label-keys';

/* The words for each choice a campaign offers, as locale keys written out (eslint-rules/i18n-keys.mjs). */

export const JURISDICTION_LABEL = {
  'us-state': 'campaigns.jurisdiction.us-state',
  'us-federal': 'campaigns.jurisdiction.us-federal',
  uk: 'campaigns.jurisdiction.uk',
  other: 'campaigns.jurisdiction.other',
} as const satisfies LabelKeys<Jurisdiction, 'campaigns.jurisdiction'>;

export const CHAMBER_LABEL = {
  house: 'campaigns.chamber.house',
  senate: 'campaigns.chamber.senate',
  assembly: 'campaigns.chamber.assembly',
  commons: 'campaigns.chamber.commons',
  lords: 'campaigns.chamber.lords',
  unicameral: 'campaigns.chamber.unicameral',
  other: 'campaigns.chamber.other',
} as const satisfies LabelKeys<Chamber, 'campaigns.chamber'>;

export const STEP_LABEL = {
  introduced: 'campaigns.step.introduced',
  referred: 'campaigns.step.referred',
  hearing: 'campaigns.step.hearing',
  'committee-vote': 'campaigns.step.committee-vote',
  'floor-vote': 'campaigns.step.floor-vote',
  'other-chamber': 'campaigns.step.other-chamber',
  signed: 'campaigns.step.signed',
  vetoed: 'campaigns.step.vetoed',
  'veto-override': 'campaigns.step.veto-override',
  died: 'campaigns.step.died',
  other: 'campaigns.step.other',
} as const satisfies LabelKeys<BillStepKind, 'campaigns.step'>;

export const SECTOR_LABEL = {
  'service-provider': 'campaigns.sector.service-provider',
  'law-enforcement': 'campaigns.sector.law-enforcement',
  business: 'campaigns.sector.business',
  faith: 'campaigns.sector.faith',
  'survivor-led': 'campaigns.sector.survivor-led',
  legal: 'campaigns.sector.legal',
  health: 'campaigns.sector.health',
  education: 'campaigns.sector.education',
  government: 'campaigns.sector.government',
  other: 'campaigns.sector.other',
} as const satisfies LabelKeys<Sector, 'campaigns.sector'>;

export const SIGN_ON_LABEL = {
  'not-asked': 'campaigns.signOn.not-asked',
  asked: 'campaigns.signOn.asked',
  signed: 'campaigns.signOn.signed',
  declined: 'campaigns.signOn.declined',
} as const satisfies LabelKeys<SignOnState, 'campaigns.signOn'>;

export const KIND_LABEL = {
  meeting: 'campaigns.kind.meeting',
  call: 'campaigns.kind.call',
  email: 'campaigns.kind.email',
  hearing: 'campaigns.kind.hearing',
  'site-visit': 'campaigns.kind.site-visit',
} as const satisfies LabelKeys<EngagementKind, 'campaigns.kind'>;

export const RESULT_LABEL = {
  won: 'campaigns.result.won',
  partly: 'campaigns.result.partly',
  lost: 'campaigns.result.lost',
} as const satisfies LabelKeys<OutcomeResult, 'campaigns.result'>;
