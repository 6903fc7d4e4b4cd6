/**
 * The left rail, in ux.md's order (Library, Testimony, Shared with me, Sharing history, Settings,
 * Safety guide).
 */
export const SECTIONS = ['library', 'testimony', 'shared', 'history', 'settings', 'safety'] as const;
export type Section = (typeof SECTIONS)[number];
