import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { kdfThread } from '../../electron/vault/kdf';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';

// The app derives every key in a worker thread, started from the file the build puts beside its
// main (out/main/kdf-worker.js beside out/main/index.js), so the window answers while a key is derived.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences(),
}));
const started: string[] = [];
vi.mock('../../electron/vault/kdf-in-worker', () => ({
  kdfInWorker: (workerFile: string) => {
    started.push(workerFile);
    return { derive: vi.fn(), calibrate: vi.fn(), workerFile };
  },
}));

const stub = electron as unknown as typeof import('../stubs/electron');

beforeAll(async () => {
  await import('../../electron/app/main');
  stub.app.__fireReady();
  await new Promise((r) => setTimeout(r, 0));
});

describe('where the app derives keys', () => {
  it('chooses, at start, the worker thread built beside its main', () => {
    expect(started).toEqual([path.resolve(__dirname, '../../electron/app/kdf-worker.js')]);
    expect(kdfThread()).toMatchObject({ workerFile: started[0] });
  });
});
