/**
 * The left rail, in ux.md's order (Library, Testimony, Shared with me, Sharing history, Campaigns,
 * Settings, Safety guide), with "This week" (follow-ups due) beside Campaigns.
 */
export const SECTIONS = [
  'library',
  'testimony',
  'shared',
  'history',
  'campaigns',
  'week',
  'settings',
  'safety',
] as const;
export type Section = (typeof SECTIONS)[number];
