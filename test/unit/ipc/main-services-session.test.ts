import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionPrinter } from '../../../electron/export/session-print-window';
import { createMainServices } from '../../../electron/ipc/main-services';
import { SUMMARY_CACHE } from '../../../electron/stories/summary-index';
import { openVault } from '../../../electron/vault/index';
import { FLOOR_KDF, ipcHarness, PASSPHRASE, type IpcHarness } from './ipc-harness';

// The services behind the handlers: the search index lives only while the vault is open, a lock
// tells the window and throws its memory away, and the settings the app passed in are the ones used.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness() {
  const h = await ipcHarness();
  open.push(h);
  return h;
}

describe('main services', () => {
  it('forget the search index on lock and rebuild it from the vault on unlock', async () => {
    const h = await harness();
    const story = await h.value('story:create', { title: 'Marseille' });
    expect(h.services.search.search('marseille').map((x) => x.id)).toEqual([story.id]);
    await h.value('vault:lock', undefined);
    expect(h.services.search.search('marseille')).toEqual([]);
    expect(h.events).toEqual(['vault:locked {"reason":"user"}', 'reload']);
    await h.value('vault:unlock', { passphrase: PASSPHRASE });
    await vi.waitFor(() => expect(h.services.search.search('marseille').map((x) => x.id)).toEqual([story.id]));
  });

  it('write the library’s index at the lock, with what autosaves changed; a quick exit leaves that to the next unlock', async () => {
    /** The library's line for the story, as the index on disk has it (read with the vault's key). */
    const indexed = async (h: IpcHarness, id: string) => {
      const vault = await openVault(h.ctx.vaultDir, PASSPHRASE);
      try {
        const cache = (await vault.readCache(SUMMARY_CACHE)) as { items: Record<string, { story: { title: string } }> };
        return cache.items[id]?.story.title;
      } finally {
        await vault.close();
      }
    };
    for (const reason of ['user', 'quick-exit'] as const) {
      const h = await harness();
      const story = await h.value('story:create', { title: 'Marseille' });
      await h.value('story:save', { id: story.id, title: 'Marseille at night', sitting: 'sitting-1' });
      await h.services.session.lock(reason);
      expect(await indexed(h, story.id)).toBe(reason === 'user' ? 'Marseille at night' : 'Marseille');
      // Either way the library is right after unlocking: a stale index reads the story again.
      await h.value('vault:unlock', { passphrase: PASSPHRASE });
      expect((await h.value('story:list', {})).map((s) => s.title)).toEqual(['Marseille at night']);
    }
  });

  it('ask the window to save before an idle lock', async () => {
    const h = await harness();
    void h.services.session.requestLock('idle');
    expect(h.events).toContain('vault:lock-requested {"reason":"idle"}');
    await h.services.session.lock('idle');
    expect(h.events).toContain('vault:locked {"reason":"idle"}');
  });

  it('take a trashed story out of the search index', async () => {
    const h = await harness();
    const story = await h.value('story:create', { title: 'Marseille' });
    await h.value('story:trash', { id: story.id });
    expect(h.services.search.search('marseille')).toEqual([]);
  });

  it('make the vault and share packages with the cost the app passed in', async () => {
    const h = await harness();
    expect(h.services.session.require().kdf).toMatchObject({ memoryKiB: 19456, iterations: 2 });
    await h.value('profile:set', { fullName: 'Ana' });
    const story = await h.value('story:create', { title: 'x' });
    const expiresOn = `${new Date().getUTCFullYear() + 1}-12-31`;
    const grant = await h.value('consent:create', {
      sourceIds: [story.id],
      terms: {
        audience: { kind: 'media', name: 'A paper' },
        purpose: 'a report',
        identity: { mode: 'anonymous' },
        redact: { categories: [], keep: [] },
        formats: ['pdf'],
        expiresOn,
        note: '',
        publicRecordAcknowledged: true,
        coverNote: false,
      },
    });
    h.dialog.answer = 'p.harbor-share';
    await h.value('share:create', { storyId: story.id, grantId: grant.id, title: null });
    const bytes = await fs.readFile(path.join(h.out, 'p.harbor-share'));
    expect([bytes.readUInt32BE(26), bytes.readUInt32BE(30)]).toEqual([19456, 2]);
  });

  it('hand the window and the clipboard of the desktop to a quick exit', async () => {
    const h = await harness();
    const seen: string[] = [];
    const desktop = {
      minimize: () => seen.push('minimize'),
      close: () => seen.push('close'),
      clipboard: { readText: () => '', clear: () => seen.push('clipboard') },
      neutralChanged: (neutral: boolean) => seen.push(`neutral ${neutral}`),
    };
    const services = createMainServices({ ...h.ctx, desktop }, { createOptions: { kdf: FLOOR_KDF } });
    h.ctx.prefs.set({ quickExitAction: 'minimize' });
    await services.safety.quickExit();
    expect(seen).toContain('minimize');
  });

  it('destroy the print window on lock and on quick exit; the next session prints in a new one', async () => {
    const windows: { destroyed: boolean }[] = [];
    const printer = createSessionPrinter(() => {
      const w = { destroyed: false };
      windows.push(w);
      return {
        load: async () => undefined,
        printToPdf: async () => new TextEncoder().encode('%PDF-'),
        destroy: () => void (w.destroyed = true),
      };
    });
    const h = await harness();
    h.ctx.pdfPrinter = printer;
    const letter = { paper: 'letter', headerFooter: { language: 'en' } } as const;
    await printer.print('<p>story</p>', letter);
    await h.value('vault:lock', undefined);
    expect(windows.map((w) => w.destroyed)).toEqual([true]);

    await h.value('vault:unlock', { passphrase: PASSPHRASE });
    await printer.print('<p>story</p>', letter);
    await h.value('safety:quick-exit', undefined);
    expect(windows.map((w) => w.destroyed)).toEqual([true, true]);
  });
});
