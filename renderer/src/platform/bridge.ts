import type { HarborApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    /** Installed by the preload (or, in E2E, by the harness) before any page script runs. */
    readonly harbor: HarborApi;
  }
}

/**
 * The renderer's only way to reach the main process. Each area is looked up on `window.harbor` when
 * it is used rather than when this module loads, so component tests can install a stub per test.
 */
export const harbor: HarborApi = new Proxy({} as HarborApi, {
  get: (_target, area: string | symbol) => (window.harbor as unknown as Record<string | symbol, unknown>)[area],
});
