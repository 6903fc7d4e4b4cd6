import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';
import { createStoryService } from '../../electron/stories/index';
import { openVault } from '../../electron/vault/index';
import { useShell } from './shell-harness';

// The electron-store file would land in userData; the window and the vault are what is under test.
vi.mock('../../electron/app/electron-preferences', () => ({
  createElectronPreferences: () => createMemoryPreferences(),
}));

const { stub, win, invoke, userData } = useShell('harbor-shell-close-');
const PASSPHRASE = 'the tide comes in twice a day';

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('closing Harbor with the vault open (electron/app/main.ts)', () => {
  it('keeps the window until the renderer has saved and locked, then closes it and wipes the keys', async () => {
    await invoke('vault:create', { passphrase: PASSPHRASE, recoveryKey: false });
    const story = await invoke('story:create', { title: 'Before the close' });

    const close = { preventDefault: vi.fn() };
    win().emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(win().destroyed).toBe(false);
    expect(win().webContents.sent).toContainEqual(['vault:lock-requested', { reason: 'close' }]);

    // The renderer answers as lockVault() does: the pending autosave, then vault:lock.
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed last.' }] }] };
    await invoke('story:save', { id: story.id, doc });
    expect(win().destroyed).toBe(false);
    await invoke('vault:lock');
    await until(() => win().destroyed);
    expect(win().webContents.sent).toContainEqual(['vault:locked', { reason: 'close' }]);

    // What was typed last is in the vault.
    const vault = await openVault(path.join(userData(), 'vault'), PASSPHRASE);
    const saved = await createStoryService(vault).get(story.id);
    await vault.close();
    expect(JSON.stringify(saved.doc)).toContain('Typed last.');
  });

  it('lets Quit through once the vault is locked', () => {
    const quit = { preventDefault: vi.fn() };
    stub.app.emit('before-quit', quit);
    expect(quit.preventDefault).not.toHaveBeenCalled();
  });
});
