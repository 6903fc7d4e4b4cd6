import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import type { MainContext, SaveKind } from '../../../electron/ipc/main-context';
import { createMainServices } from '../../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';
import type { ImportRunner } from '../../../electron/stories/import/import-runner';

export const PASSPHRASE = 'a long enough passphrase';
export const FLOOR_KDF = { memoryKiB: 19456, iterations: 2, parallelism: 1 };

export interface HarnessOptions {
  /** Leave out the save dialog (a context that cannot save). */
  noSaveDialog?: boolean;
  importRunner?: ImportRunner;
  /** Create and open a vault first (default true). */
  open?: boolean;
  /** The services' clock (default the real one). */
  clock?: () => Date;
}

/**
 * The real handlers and services behind the real dispatcher, over a vault in a temp folder, as the
 * renderer reaches them. The save dialog answers with `answer` (a file name in `out/`, or null for
 * cancel) and records what it was asked; events and renderer reloads are recorded.
 */
export async function ipcHarness(options: HarnessOptions = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-ipc-'));
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  const events: string[] = [];
  const asked: { name: string; kind: SaveKind }[] = [];
  const dialog = { answer: null as string | null };
  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: 'test', platform: process.platform },
    vaultDir: path.join(dir, 'vault'),
    prefs: createMemoryPreferences(),
    emit: (event, payload) => events.push(`${event} ${JSON.stringify(payload)}`),
    reloadRenderer: () => events.push('reload'),
    ...(options.importRunner ? { importRunner: options.importRunner } : {}),
    ...(options.noSaveDialog
      ? {}
      : {
          chooseSavePath: async (name: string, kind: SaveKind) => {
            asked.push({ name, kind });
            return dialog.answer === null ? null : path.join(out, dialog.answer);
          },
        }),
  };
  const services = createMainServices(ctx, {
    createOptions: { kdf: FLOOR_KDF },
    shareKdf: FLOOR_KDF,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const dispatch = createDispatch(createHandlers(ctx, services));
  const call = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    dispatch(channel, request) as Promise<Result<ResponseOf<C>>>;
  /** The value of a request that must succeed. */
  const value = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await call(channel, request);
    if (!result.ok) expect.fail(`${channel}: ${result.error.code} ${result.error.messageKey}`);
    return result.value;
  };
  /** "code messageKey" of a request that must fail. */
  const refusal = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<string> => {
    const result = await call(channel, request);
    return result.ok ? 'ok' : `${result.error.code} ${result.error.messageKey}`;
  };
  if (options.open !== false) {
    expect(await call('vault:create', { passphrase: PASSPHRASE, recoveryKey: false })).toMatchObject({ ok: true });
  }
  events.length = 0;
  return {
    dir,
    out,
    ctx,
    services,
    dispatch,
    call,
    value,
    refusal,
    events,
    asked,
    dialog,
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export type IpcHarness = Awaited<ReturnType<typeof ipcHarness>>;
