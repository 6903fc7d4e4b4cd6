import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { LaunchOptions } from './harness/launch';
import { launchWithVault, type WorkspaceApp } from './workspace-steps';

/**
 * One launched Harbor per spec file (or describe block), with a vault and a wide window (the side
 * panels need room): registers the suite's hooks and hands back the page once it exists. Every test
 * starts from the same known state (an empty vault, the launch's settings, the library) and makes
 * what else it needs itself (seed-steps.ts), so tests pass in any order and alone; the browser is
 * kept, which is the slow part (a reset costs about a second, a new browser several).
 */
export function useWorkspaceApp(options: Omit<LaunchOptions, 'dataDir'> = {}): {
  readonly page: Page;
  readonly app: WorkspaceApp;
} {
  let app: WorkspaceApp | null = null;
  beforeAll(async () => {
    app = await launchWithVault(options);
    await app.page.setViewportSize({ width: 1360, height: 900 });
  });
  let first = true;
  beforeEach(async () => {
    // The launch already left the known state for the first test to run.
    if (first) first = false;
    else await app?.reset();
  });
  afterAll(async () => {
    await app?.dispose();
  });
  const launched = () => {
    if (!app) throw new Error('Harbor is not launched yet');
    return app;
  };
  return {
    get page() {
      return launched().page;
    },
    get app() {
      return launched();
    },
  };
}
