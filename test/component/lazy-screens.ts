import { beforeAll } from 'vitest';
import { FirstRunScreen, RecoverScreen, Workspace } from '../../renderer/src/app/screens';
import { SECTION_SCREENS } from '../../renderer/src/app/shell/section-screens';

/**
 * Loads every screen the app loads on demand before the file's tests run, as the app's prefetch
 * does before anyone unlocks: the tests then see the screens, not the loading moment (which
 * lazy-screen.test.tsx covers), however slowly this machine transforms the workspace's code.
 */
export function useLoadedScreens(): void {
  beforeAll(async () => {
    await Promise.all(
      [Workspace, FirstRunScreen, RecoverScreen, ...Object.values(SECTION_SCREENS)].map((s) => s.preload()),
    );
  }, 60_000);
}
