import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeItemsPath } from '../../../electron/vault/testing';
import { doc, para, text } from '../../support/doc-fixtures';
import { ipcHarness, PASSPHRASE, type IpcHarness } from './ipc-harness';

// The story, vault and safety channels as the renderer reaches them: each answer holds what its
// channel promises and no more, the search index follows every change, and what needs the
// passphrase asks for it.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness(options?: Parameters<typeof ipcHarness>[0]) {
  const h = await ipcHarness(options);
  open.push(h);
  return h;
}
/** A story body as the renderer sends it (plain JSON). */
const body = (words: string) => ({ ...doc(para(text(words))) });
const hits = async (h: IpcHarness, query: string) => (await h.value('story:search', { query })).map((x) => x.id);

describe('story handlers', () => {
  it('create, save, trash, restore and empty the trash, with the search index following each', async () => {
    const h = await harness();
    const untitled = await h.value('story:create', {});
    expect(untitled.title).toBe('');
    const story = await h.value('story:create', { title: 'Lyon', doc: body('the harbour at dawn') });
    expect(await hits(h, 'harbour')).toEqual([story.id]);

    // A save answers with the summary: never the text, never when it was created.
    const saved = await h.value('story:save', { id: story.id, doc: body('the lighthouse') });
    expect(saved).not.toHaveProperty('doc');
    expect(saved).not.toHaveProperty('createdAt');
    expect(saved.title).toBe('Lyon');
    expect(await hits(h, 'lighthouse')).toEqual([story.id]);
    expect(await hits(h, 'harbour')).toEqual([]);
    const renamed = await h.value('story:save', { id: story.id, title: 'Marseille', tags: ['court'] });
    expect(renamed).toMatchObject({ title: 'Marseille', tags: ['court'] });
    expect((await h.value('story:get', { id: story.id })).doc).toEqual(doc(para(text('the lighthouse'))));
    // Search hits carry no score.
    const [hit] = await h.value('story:search', { query: 'marseille' });
    expect(hit).toEqual({ id: story.id, title: 'Marseille', snippet: expect.any(String), terms: expect.any(Array) });

    await h.value('story:trash', { id: story.id });
    expect(await hits(h, 'lighthouse')).toEqual([]);
    expect((await h.value('story:list', undefined)).map((s) => s.id)).toEqual([untitled.id]);
    expect((await h.value('story:list', { includeTrashed: true })).map((s) => s.id).sort()).toEqual(
      [untitled.id, story.id].sort(),
    );
    await h.value('story:restore', { id: story.id });
    expect(await hits(h, 'lighthouse')).toEqual([story.id]);
    await h.value('story:trash', { id: story.id });
    expect(await h.value('story:empty-trash', undefined)).toEqual({ removed: 1 });
    expect(await h.refusal('story:get', { id: story.id })).toMatch(/^not_found /);
    expect((await h.value('story:list', { includeTrashed: true })).map((s) => s.id)).toEqual([untitled.id]);
  });

  it('keeps a version of its own when asked, keeps each sitting’s autosaves apart, and restores an old one as a new revision', async () => {
    const h = await harness();
    const story = await h.value('story:create', { title: 'Draft', doc: body('first words') });
    await h.value('story:save', { id: story.id, doc: body('second words'), keep: true });
    await h.value('story:save', { id: story.id, doc: body('third words') });
    await h.value('story:save', { id: story.id, doc: body('fourth words') });
    // The autosaves of one sitting replace each other; the kept save stays.
    const revisions = await h.value('story:revisions', { id: story.id });
    expect(revisions.map((r) => r.revision)).toEqual([4, 2, 1]);
    const second = await h.value('story:revision', { id: story.id, revision: 2 });
    expect(second.doc).toEqual(doc(para(text('second words'))));
    await h.value('story:name-revision', { id: story.id, revision: 2, name: 'before the hearing' });
    expect((await h.value('story:revisions', { id: story.id })).find((r) => r.revision === 2)?.revisionName).toBe(
      'before the hearing',
    );
    // A save from another sitting (the story opened in another window) never replaces this one's.
    await h.value('story:save', { id: story.id, doc: body('window one'), sitting: 'sitting-one' });
    await h.value('story:save', { id: story.id, doc: body('window two'), sitting: 'sitting-two' });
    await h.value('story:save', { id: story.id, doc: body('window two again'), sitting: 'sitting-two' });
    const newest = (await h.value('story:revisions', { id: story.id })).slice(0, 3);
    const texts = await Promise.all(
      newest.map(async (r) => (await h.value('story:revision', { id: story.id, revision: r.revision })).doc),
    );
    expect(texts).toEqual([body('window two again'), body('window one'), body('fourth words')]);
    const restored = await h.value('story:restore-revision', { id: story.id, revision: 1 });
    expect(restored.doc).toEqual(doc(para(text('first words'))));
    expect(await hits(h, 'first')).toEqual([story.id]);
    expect(await hits(h, 'fourth')).toEqual([]);
  });

  it('imports a file from its bytes, indexes it, and passes on what the import noticed', async () => {
    const seen: { bytes: string; name: string }[] = [];
    const h = await harness({
      importRunner: {
        run: async (bytes: Buffer, fileName: string) => {
          seen.push({ bytes: bytes.toString('utf8'), name: fileName });
          const title = fileName.replace(/\..*$/, '');
          const story = { title, doc: body(`imported ${title}`) };
          return title === 'noticed' ? { ...story, notices: [{ kind: 'images-dropped', count: 2 }] } : story;
        },
      } as never,
    });
    const plain = await h.value('story:import', {
      fileName: 'quiet.txt',
      base64: Buffer.from('hola').toString('base64'),
    });
    expect(seen).toEqual([{ bytes: 'hola', name: 'quiet.txt' }]);
    expect(plain.title).toBe('quiet');
    expect(plain).not.toHaveProperty('notices');
    expect(await hits(h, 'imported')).toEqual([plain.id]);
    const noticed = await h.value('story:import', { fileName: 'noticed.txt', base64: '' });
    expect(noticed.notices).toEqual([{ kind: 'images-dropped', count: 2 }]);
  });

  it('keeps the detail register and the cleared check candidates of a story', async () => {
    const h = await harness();
    const story = await h.value('story:create', { title: 'x' });
    expect(await h.value('story:clear-candidates', { id: story.id, texts: ['Lyon'] })).toEqual({ cleared: ['lyon'] });
    const details = await h.value('story:details', { id: story.id });
    expect(await h.value('story:set-details', { id: story.id, details })).toEqual(details);
  });

  it('answers nothing about stories while the vault is locked, not even a search', async () => {
    const h = await harness();
    await h.value('story:create', { title: 'Lyon' });
    await h.value('vault:lock', undefined);
    expect(await h.refusal('story:search', { query: 'lyon' })).toMatch(/^locked /);
    expect(await h.refusal('story:list', undefined)).toMatch(/^locked /);
  });
});

describe('vault handlers', () => {
  it('locks, unlocks, and asks for the current passphrase before changing anything', async () => {
    const h = await harness();
    expect((await h.value('vault:status', undefined)).unlocked).toBe(true);
    await h.value('vault:lock', undefined);
    expect(h.events).toContain('reload');
    expect(h.events.some((e) => e.startsWith('vault:locked'))).toBe(true);
    expect((await h.value('vault:status', undefined)).unlocked).toBe(false);
    expect((await h.value('vault:unlock', { passphrase: PASSPHRASE })).unlocked).toBe(true);

    const wrong = 'not the passphrase at all';
    const next = 'another long enough passphrase';
    expect(await h.refusal('vault:change-passphrase', { current: wrong, next })).toMatch(/^wrong_passphrase /);
    expect(await h.refusal('vault:new-recovery-key', { passphrase: wrong })).toMatch(/^wrong_passphrase /);
    expect(await h.refusal('vault:remove-recovery-key', { passphrase: wrong })).toMatch(/^wrong_passphrase /);
    expect(await h.refusal('vault:rotate-keys', { passphrase: wrong })).toMatch(/^wrong_passphrase /);

    // Without a recovery key, none is made by a change or a rotation.
    expect(await h.value('vault:rotate-keys', { passphrase: PASSPHRASE })).toEqual({ recoveryKey: null });
    expect(await h.value('vault:change-passphrase', { current: PASSPHRASE, next })).toEqual({ recoveryKey: null });
    await h.value('vault:lock', undefined);
    expect(await h.refusal('vault:unlock', { passphrase: PASSPHRASE })).toMatch(/^wrong_passphrase /);
    await h.value('vault:unlock', { passphrase: next });

    // A recovery key, shown once; with one, a rotation makes a new one; it opens the vault.
    const { recoveryKey } = await h.value('vault:new-recovery-key', { passphrase: next });
    expect(recoveryKey).toBeTruthy();
    const rotated = await h.value('vault:rotate-keys', { passphrase: next });
    expect(rotated.recoveryKey).toBeTruthy();
    expect(rotated.recoveryKey).not.toBe(recoveryKey);
    await h.value('vault:lock', undefined);
    const third = 'a third long enough passphrase';
    expect((await h.value('vault:recover', { recoveryKey: rotated.recoveryKey!, next: third })).status.unlocked).toBe(
      true,
    );
    await h.value('vault:remove-recovery-key', { passphrase: third });
    expect((await h.value('vault:status', undefined)).hasRecoveryKey).toBe(false);
    expect((await h.value('vault:verify', undefined)).ok).toBe(true);
    await h.value('vault:activity', undefined);
  });

  it('writes a backup only where the person chose, named for the day', async () => {
    const h = await harness();
    h.dialog.answer = null;
    expect(await h.value('vault:backup', undefined)).toEqual({ saved: false });
    const day = new Date().toISOString().slice(0, 10);
    expect(h.asked).toEqual([{ name: `Harbor backup ${day}.harbor-backup`, kind: 'harbor-backup' }]);
    expect(await fs.readdir(h.out)).toEqual([]);
    h.dialog.answer = 'backup.harbor-backup';
    expect(await h.value('vault:backup', undefined)).toEqual({ saved: true });
    expect((await fs.stat(path.join(h.out, 'backup.harbor-backup'))).size).toBeGreaterThan(0);

    const nowhere = await harness({ noSaveDialog: true });
    expect(await nowhere.refusal('vault:backup', undefined)).toBe('unsupported export.cannotSaveHere');
  });

  it("offers the backup under a name in the person's language that, disguised, never says Harbor", async () => {
    const h = await harness();
    h.dialog.answer = null;
    const day = new Date().toISOString().slice(0, 10);
    const offered = async (prefs: { disguise: boolean; language: 'en' | 'es' }) => {
      await h.value('prefs:set', prefs);
      h.asked.length = 0;
      await h.value('vault:backup', undefined);
      return h.asked.map((a) => a.name);
    };
    expect(await offered({ disguise: false, language: 'es' })).toEqual([
      `Copia de seguridad de Harbor ${day}.harbor-backup`,
    ]);
    expect(await offered({ disguise: true, language: 'en' })).toEqual([`Notes backup ${day}.harbor-backup`]);
    expect(await offered({ disguise: true, language: 'es' })).toEqual([
      `Copia de seguridad de notas ${day}.harbor-backup`,
    ]);
  });
});

describe('what the vault channels check and keep', () => {
  it("verify reports the story list's cache when it was changed outside Harbor, though nothing read it since", async () => {
    const h = await harness();
    await h.value('story:create', { title: 'Lyon', doc: body('the harbour at dawn') });
    await h.value('story:list', undefined);
    const items = activeItemsPath(h.services.session.require());
    const caches = async () => (await fs.readdir(items)).filter((n) => /^[0-9a-f]{40}$/.test(n));
    await vi.waitFor(async () => expect(await caches()).toHaveLength(1));
    const file = path.join(items, (await caches())[0]!);
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 1]! ^= 0x01;
    await fs.writeFile(file, bytes);

    const report = await h.value('vault:verify', undefined);
    expect(report.ok).toBe(false);
    expect(report.damaged.map((d) => [d.itemId, d.cache])).toEqual([['cache', 'story-summaries']]);
  });

  it('activity in the window keeps an idle lock away; without it the window is asked to save and lock', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const h = await harness();
      h.ctx.prefs.set({ autoLockMinutes: 1 });
      await h.value('vault:lock', undefined);
      await h.value('vault:unlock', { passphrase: PASSPHRASE });
      h.events.length = 0;
      await vi.advanceTimersByTimeAsync(50_000);
      await h.value('vault:activity', undefined);
      await vi.advanceTimersByTimeAsync(50_000);
      expect(h.events).toEqual([]);
      await vi.advanceTimersByTimeAsync(15_000);
      expect(h.events).toContain('vault:lock-requested {"reason":"idle"}');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('safety handlers', () => {
  it('turns erasing on only with the passphrase, and off without it, inside the open vault', async () => {
    const h = await harness();
    expect(await h.refusal('safety:set-erase-after', { limit: 10, passphrase: 'wrong passphrase here' })).toMatch(
      /^wrong_passphrase /,
    );
    expect((await h.value('safety:status', undefined)).attempts).not.toMatchObject({ eraseAfter: 10 });
    const on = await h.value('safety:set-erase-after', { limit: 10, passphrase: PASSPHRASE });
    expect(on).toMatchObject({ eraseAfter: 10 });
    expect((await h.value('safety:status', undefined)).attempts).toEqual(on);
    const off = await h.value('safety:set-erase-after', { limit: null });
    expect(off).toMatchObject({ eraseAfter: null });
    await h.value('vault:lock', undefined);
    expect(await h.refusal('safety:set-erase-after', { limit: null })).toMatch(/^locked /);
  });

  it('leaves the neutral screen after a quick exit', async () => {
    const h = await harness();
    await h.value('safety:copied', { sha256: 'a'.repeat(64) });
    await h.value('safety:quick-exit', undefined);
    expect((await h.value('safety:status', undefined)).neutralScreen).toBe(true);
    await h.value('safety:leave-neutral', undefined);
    expect((await h.value('safety:status', undefined)).neutralScreen).toBe(false);
  });
});
