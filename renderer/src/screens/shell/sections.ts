/**
 * The left rail, in ux.md's order (Library, Testimony, Shared with me, Sharing history, Settings,
 * Safety guide). Only sections that exist are listed; Testimony joins after Library when it is built.
 */
export const SECTIONS = ['library', 'shared', 'history', 'settings', 'safety'] as const;
export type Section = (typeof SECTIONS)[number];
