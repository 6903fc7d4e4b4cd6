import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import * as electron from 'electron';

const stub = electron as unknown as typeof import('../stubs/electron');

/**
 * Starts the real shell (electron/app/main.ts) over the Electron stand-in, with userData (and so
 * the vault) in a fresh folder removed afterwards. The caller mocks electron-preferences first.
 */
export function useShell(prefix: string) {
  let userData = '';
  beforeAll(async () => {
    userData = await mkdtemp(path.join(os.tmpdir(), prefix));
    process.env.HARBOR_STUB_USER_DATA = userData;
    await import('../../electron/app/main');
    stub.app.__fireReady();
    await new Promise((r) => setTimeout(r, 0));
  });
  afterAll(async () => {
    delete process.env.HARBOR_STUB_USER_DATA;
    await rm(userData, { recursive: true, force: true });
  });

  const win = () => stub.recorded.windows[0]!;
  /** Calls a channel the way the renderer's preload would; a refusal throws. */
  async function invoke(channel: string, payload?: unknown) {
    const wc = win().webContents;
    const result = await stub.recorded.ipcHandlers.get(channel)!({ sender: wc, senderFrame: wc.mainFrame }, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  }
  return { stub, win, invoke, userData: () => userData };
}
