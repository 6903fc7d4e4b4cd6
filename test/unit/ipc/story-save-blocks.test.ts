import { afterEach, describe, expect, it, vi } from 'vitest';
import { doc, para, text } from '../../support/doc-fixtures';
import { ipcHarness, PASSPHRASE, type IpcHarness } from './ipc-harness';

// story:save with only the changed blocks, as the editor sends it after its first save: checked by
// the channel's schema, applied by the main process to the stored revision, refused otherwise.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});

describe('story:save with changed blocks', () => {
  it('applies them to the stored revision, follows in search, and refuses a stale or malformed patch', async () => {
    const h = await ipcHarness();
    open.push(h);
    const story = await h.value('story:create', {
      title: 'Lyon',
      doc: { ...doc(para(text('one')), para(text('two')), para(text('three'))) },
    });
    const saved = await h.value('story:save', {
      id: story.id,
      blocks: { base: story.revision, from: 1, remove: 1, insert: [para(text('the lighthouse'))], total: 3 },
    });
    expect(saved.revision).toBeGreaterThan(story.revision);
    expect((await h.value('story:get', { id: story.id })).doc).toEqual(
      doc(para(text('one')), para(text('the lighthouse')), para(text('three'))),
    );
    expect((await h.value('story:search', { query: 'lighthouse' })).map((x) => x.id)).toEqual([story.id]);

    // Made against the revision before: refused, and the story is as it was.
    const stale = { base: story.revision, from: 0, remove: 1, insert: [para(text('lost'))], total: 3 };
    expect(await h.refusal('story:save', { id: story.id, blocks: stale })).toBe(
      'invalid_input story.changeNotUnderstood',
    );
    expect(await h.refusal('story:save', { id: story.id, blocks: { ...stale, from: -1 } })).toMatch(/^invalid_input /);
    expect(
      await h.refusal('story:save', { id: story.id, blocks: { ...stale, base: saved.revision, extra: 1 } as never }),
    ).toMatch(/^invalid_input /);
    expect((await h.value('story:get', { id: story.id })).doc).toEqual(
      doc(para(text('one')), para(text('the lighthouse')), para(text('three'))),
    );
  });

  it('search finds a word typed just now and no longer finds a deleted one, after the save and after lock and unlock', async () => {
    const h = await ipcHarness();
    open.push(h);
    const found = async (query: string) => (await h.value('story:search', { query })).map((x) => x.id);
    const story = await h.value('story:create', {
      title: 'Lyon',
      doc: { ...doc(para(text('the harbour at dawn')), para(text('a quiet street'))) },
    });
    expect(await found('harbour')).toEqual([story.id]);
    // Autosaves of one block each, several before anyone searches, as while someone writes.
    let revision = story.revision;
    for (const words of ['the lighthouse at dawn', 'the lighthouse at dusk', 'the lighthouse keeper']) {
      const saved = await h.value('story:save', {
        id: story.id,
        blocks: { base: revision, from: 0, remove: 1, insert: [para(text(words))], total: 2 },
      });
      revision = saved.revision;
    }
    expect(await found('keeper')).toEqual([story.id]);
    expect(await found('harbour')).toEqual([]);
    expect(await found('dusk')).toEqual([]);
    expect(await found('quiet')).toEqual([story.id]);
    // One more save after that search, then the block with "quiet" deleted.
    const last = await h.value('story:save', {
      id: story.id,
      blocks: { base: revision, from: 1, remove: 1, insert: [], total: 1 },
    });
    expect(last.revision).toBeGreaterThan(revision);
    expect(await found('quiet')).toEqual([]);
    expect(await found('keeper')).toEqual([story.id]);

    await h.value('vault:lock', undefined);
    expect(await h.refusal('story:search', { query: 'keeper' })).toMatch(/^locked /);
    await h.value('vault:unlock', { passphrase: PASSPHRASE });
    // The index is rebuilt from the vault in the background after unlock.
    await vi.waitFor(async () => expect(await found('keeper')).toEqual([story.id]), { timeout: 60_000 });
    expect(await found('quiet')).toEqual([]);
    expect(await found('harbour')).toEqual([]);
  });
});
