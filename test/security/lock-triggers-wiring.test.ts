import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';
import { useShell } from '../unit/shell-harness';

// "Lock when I switch away" turned on, at its shortest: 5 seconds.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences({ lockOnBlurSeconds: 5 }),
}));

const { stub, win, invoke } = useShell('harbor-lock-triggers-');
const PASSPHRASE = 'the tide comes in twice a day';

beforeAll(async () => {
  await invoke('vault:create', { passphrase: PASSPHRASE, recoveryKey: false });
});

afterEach(() => {
  vi.useRealTimers();
});

const unlocked = async () => ((await invoke('vault:status')) as { unlocked: boolean }).unlocked;
const lockRequests = () => win().webContents.sent.filter(([event]) => event === 'vault:lock-requested');

async function ensureUnlocked(): Promise<void> {
  if (!(await unlocked())) await invoke('vault:unlock', { passphrase: PASSPHRASE });
  expect(await unlocked()).toBe(true);
}

/** The renderer's answer to a lock request (lockVault() saves what is pending, then locks). */
async function answerLockRequest(reason: string): Promise<void> {
  expect(lockRequests().at(-1)).toEqual(['vault:lock-requested', { reason }]);
  await invoke('vault:lock');
  expect(await unlocked()).toBe(false);
  expect(win().webContents.sent.at(-1)).toEqual(['vault:locked', { reason }]);
}

/**
 * The lock triggers as the shell wires them (electron/app/main.ts): the operating system's
 * power monitor and the window's focus, through the stand-ins in test/stubs/electron.ts.
 */
describe('lock triggers in the shell', () => {
  it('the computer going to sleep asks the renderer to save, then locks', async () => {
    await ensureUnlocked();
    stub.powerMonitor.emit('suspend');
    await answerLockRequest('suspend');
  });

  it('the screen locking does the same', async () => {
    await ensureUnlocked();
    stub.powerMonitor.emit('lock-screen');
    await answerLockRequest('screen-lock');
  });

  it('sleep locks even if the renderer never answers (the keys do not wait for a hung page)', async () => {
    await ensureUnlocked();
    const before = lockRequests().length;
    stub.powerMonitor.emit('suspend');
    expect(lockRequests()).toHaveLength(before + 1);
    const end = Date.now() + 10_000;
    while ((await unlocked()) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(await unlocked()).toBe(false);
  });

  it('losing focus for the chosen seconds locks; coming back sooner does not', async () => {
    await ensureUnlocked();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = lockRequests().length;
    win().emit('blur');
    vi.advanceTimersByTime(4_000);
    win().emit('focus');
    vi.advanceTimersByTime(60_000);
    expect(lockRequests()).toHaveLength(before);

    win().emit('blur');
    vi.advanceTimersByTime(4_999);
    expect(lockRequests()).toHaveLength(before);
    vi.advanceTimersByTime(1);
    expect(lockRequests()).toHaveLength(before + 1);
    vi.useRealTimers();
    await answerLockRequest('focus-lost');
  });

  it('losing focus while locked asks for nothing', async () => {
    expect(await unlocked()).toBe(false);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = lockRequests().length;
    win().emit('blur');
    vi.advanceTimersByTime(60_000);
    expect(lockRequests()).toHaveLength(before);
  });
});
