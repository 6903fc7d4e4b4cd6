import { lazyScreen } from './lazy-screen';

/**
 * Screens the first screen does not show, loaded on demand: the unlocked app (prefetched as soon
 * as the lock screen is up, so unlocking does not wait for it), first run and recovery.
 */
export const Workspace = lazyScreen(() => import('./shell/AppShell').then((m) => m.AppShell));
export const FirstRunScreen = lazyScreen(() => import('../features/first-run/FirstRun').then((m) => m.FirstRun));
export const RecoverScreen = lazyScreen(() => import('../features/unlock/RecoverScreen').then((m) => m.RecoverScreen));
