/**
 * The left rail. Only sections that exist are listed; Testimony, Shared with me, Sharing history and
 * the Safety guide join here as they are built (ux.md keeps that order).
 */
export const SECTIONS = ['library', 'settings', 'safety'] as const;
export type Section = (typeof SECTIONS)[number];
