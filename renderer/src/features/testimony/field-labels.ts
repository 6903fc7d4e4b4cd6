import type { FieldId, Position } from '../../../../shared/templates/template-schema';

// The hearing's details as the builder and the template editor name them: locale keys written
// out, one per value, so the lint rule (which follows an imported map) and the compiler can check each.

export const FIELD_LABEL = {
  committee: 'testimony.fields.committee',
  chamber: 'testimony.fields.chamber',
  chair: 'testimony.fields.chair',
  viceChair: 'testimony.fields.viceChair',
  recipient: 'testimony.fields.recipient',
  inquiry: 'testimony.fields.inquiry',
  billNumber: 'testimony.fields.billNumber',
  billTitle: 'testimony.fields.billTitle',
  sponsor: 'testimony.fields.sponsor',
  position: 'testimony.fields.position',
  hearingDate: 'testimony.fields.hearingDate',
  district: 'testimony.fields.district',
  organization: 'testimony.fields.organization',
  contact: 'testimony.fields.contact',
} as const satisfies Record<FieldId, string>;

export const POSITION_LABEL = {
  support: 'testimony.positions.support',
  oppose: 'testimony.positions.oppose',
  neutral: 'testimony.positions.neutral',
} as const satisfies Record<Position, string>;
