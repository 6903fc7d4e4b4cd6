import { lazyScreen, type LazyScreen } from '../lazy-screen';
import type { Section } from './sections';

/**
 * Each section of the rail, loaded when first opened (and prefetched once the shell shows): the
 * one place a section is tied to its screen. A new section adds its line here and its name to
 * SECTIONS.
 */
export const SECTION_SCREENS: Record<Section, LazyScreen<object>> = {
  library: lazyScreen(() => import('../../features/library/LibraryScreen').then((m) => m.LibraryScreen)),
  testimony: lazyScreen(() => import('../../features/testimony/TestimonyScreen').then((m) => m.TestimonyScreen)),
  shared: lazyScreen(() => import('../../features/share/SharedScreen').then((m) => m.SharedScreen)),
  history: lazyScreen(() => import('../../features/share/SharingHistoryScreen').then((m) => m.SharingHistoryScreen)),
  campaigns: lazyScreen(() => import('../../features/campaigns/CampaignsSection').then((m) => m.CampaignsScreen)),
  week: lazyScreen(() => import('../../features/campaigns/CampaignsSection').then((m) => m.ThisWeekSection)),
  settings: lazyScreen(() => import('../../features/settings/SettingsScreen').then((m) => m.SettingsScreen)),
  safety: lazyScreen(() => import('../../features/safety/SafetyGuideScreen').then((m) => m.SafetyGuideScreen)),
};
