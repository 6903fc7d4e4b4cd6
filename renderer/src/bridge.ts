import type { HarborApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Installed by the preload (or, in E2E, by the harness) before any page script runs. */
    readonly harbor: HarborApi;
  }
}

/** The renderer's only way to reach the main process. */
export const harbor: HarborApi = window.harbor;
