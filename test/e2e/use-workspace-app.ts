import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithVault, type WorkspaceApp } from './workspace-steps';

/**
 * One launched Harbor per spec file, with a vault and a wide window (the side panels need room):
 * registers the suite's hooks and hands back the page once it exists.
 */
export function useWorkspaceApp(): { readonly page: Page } {
  let app: WorkspaceApp | null = null;
  beforeAll(async () => {
    app = await launchWithVault();
    await app.page.setViewportSize({ width: 1360, height: 900 });
  });
  afterAll(async () => {
    await app?.dispose();
  });
  return {
    get page() {
      if (!app) throw new Error('Harbor is not launched yet');
      return app.page;
    },
  };
}
