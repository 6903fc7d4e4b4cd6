import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { LaunchOptions } from './harness/launch';
import { launchWithVault, type WorkspaceApp } from './workspace-steps';

/**
 * One launched Harbor per spec file (or describe block), with a vault and a wide window (the side
 * panels need room): registers the suite's hooks and hands back the page once it exists.
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
