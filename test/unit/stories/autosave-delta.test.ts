import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { SITTING } from '../../../electron/stories/sittings';
import { openVault } from '../../../electron/vault/index';
import { activeItemsPath } from '../../../electron/vault/testing';
import type { OpenVault } from '../../../electron/vault/types';
import type { BlockNode } from '../../../shared/story/doc-types';
import { storyWordCount } from '../../../shared/story/story-summary';
import { blockPatcher } from '../../support/block-patcher';
import { doc, para, text } from '../../support/doc-fixtures';
import { newVault, PASS, removeTempDirs } from '../vault/helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDirs();
});

const MINUTE = 60_000;
/** About 150 words a paragraph: 60 of them make a story of some 9,000 words. */
const paragraph = (i: number): BlockNode =>
  para(text(`Paragraph ${i}. ${'We walked on along the water, señora, and nobody said a word. '.repeat(12)}`));
const longStory = () => Array.from({ length: 60 }, (_, i) => paragraph(i));

const revisionFile = (vault: OpenVault, id: string, revision: number) =>
  path.join(activeItemsPath(vault), id, String(revision).padStart(10, '0'));
const sizeOf = async (vault: OpenVault, id: string, revision: number) =>
  (await fs.stat(revisionFile(vault, id, revision))).size;

/** A clock for Date.now (the vault's revision times) and the service, moved by hand. */
function handClock() {
  let t = Date.UTC(2026, 2, 1, 9);
  vi.spyOn(Date, 'now').mockImplementation(() => t);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), at: () => t };
}

async function setup() {
  const made = await newVault();
  const clock = handClock();
  const stories = createStoryService(made.vault, { now: clock.now });
  const first = longStory();
  const created = await stories.create({ title: 'Along the water', doc: doc(...first) });
  return { ...made, clock, stories, created, first };
}

describe("a sitting's autosaves", () => {
  it('write the paragraphs typed, not the whole story, and the story reads whole everywhere', async () => {
    const { dir, vault, clock, stories, created, first } = await setup();
    const whole = await sizeOf(vault, created.id, created.revision);
    const { patch, blocks } = blockPatcher(stories, created.id, { revision: created.revision, blocks: first });
    let saved = await patch(10, 1, [paragraph(1000)]);
    for (let i = 0; i < 12; i++) {
      clock.advance(2_000);
      saved = await patch(10 + (i % 3), 1, [para(text(`typed ${i} just now`))]);
    }
    // One version for the sitting (over the story as it was), and it is small on disk.
    expect((await stories.revisions(created.id)).map((r) => r.revision)).toEqual([saved.revision, created.revision]);
    expect(await sizeOf(vault, created.id, saved.revision)).toBeLessThan(whole / 10);
    const expected = doc(...blocks());
    expect((await stories.get(created.id)).doc).toEqual(expected);
    expect((await stories.getRevision(created.id, saved.revision)).doc).toEqual(expected);
    expect((await stories.list())[0]).toMatchObject({ id: created.id, wordCount: storyWordCount(expected) });
    expect((await stories.texts())[0]!.text).toContain('typed 11 just now');
    await vault.close();

    // After a crash or a quick exit (nothing else written): the story, its list and its search text.
    const reopened = await openVault(dir, PASS);
    const again = createStoryService(reopened);
    expect((await again.get(created.id)).doc).toEqual(expected);
    expect((await again.list())[0]).toMatchObject({ wordCount: storyWordCount(expected) });
    expect((await again.texts())[0]!.text).toContain('typed 11 just now');
    // And typing goes on from there in a new sitting.
    const more = await again.update(created.id, { doc: doc(...blocks(), paragraph(2000)) }, { autosave: true });
    expect((await again.get(created.id)).doc).toEqual(doc(...blocks(), paragraph(2000)));
    expect(more.revision).toBeGreaterThan(saved.revision);
    await reopened.close();
  });

  it("leave the earlier sittings' versions as they were, with their times, when the next sitting writes", async () => {
    const { vault, clock, stories, created, first } = await setup();
    const { patch } = blockPatcher(stories, created.id, { revision: created.revision, blocks: first });
    await patch(0, 1, [para(text('morning'))]);
    clock.advance(MINUTE);
    const morning = await patch(1, 1, [para(text('still the morning'))]);
    const morningAt = (await stories.revisions(created.id))[0]!.savedAt;
    clock.advance(SITTING.gapMs + MINUTE);
    const evening = await stories.update(
      created.id,
      { doc: doc(para(text('evening')), ...morning.doc.content!.slice(1)) },
      { autosave: true, sitting: 'sitting-2' },
    );
    const history = await stories.revisions(created.id);
    expect(history).toHaveLength(3);
    expect(history[0]!.revision).toBe(evening.revision);
    // The morning's version is still the morning's, in text and in time.
    expect(history[1]!.savedAt).toBe(morningAt);
    const kept = await stories.getRevision(created.id, history[1]!.revision);
    expect(kept.doc).toEqual(morning.doc);
    expect((await stories.getRevision(created.id, created.revision)).doc).toEqual(doc(...first));
    await vault.close();
  });

  it('a version named while its sitting goes on stays readable through many later sittings', async () => {
    const { vault, clock, stories, created, first } = await setup();
    const { patch } = blockPatcher(stories, created.id, { revision: created.revision, blocks: first });
    const named = await patch(5, 1, [para(text('the day I left'))]);
    await stories.nameRevision(created.id, named.revision, 'Before the hearing');
    let current = await stories.get(created.id);
    for (let i = 0; i < 30; i++) {
      clock.advance(2 * 60 * MINUTE);
      const blocks = current.doc.content!;
      current = await stories.update(
        created.id,
        { doc: doc(...blocks.slice(0, 7), para(text(`sitting ${i}`)), ...blocks.slice(8)) },
        { autosave: true, sitting: `sitting-${i}` },
      );
    }
    const history = await stories.revisions(created.id);
    const version = history.find((r) => r.revisionName === 'Before the hearing')!;
    expect(version).toBeDefined();
    expect((await stories.getRevision(created.id, version.revision)).doc).toEqual(named.doc);
    // Every version listed reads (old ones thinned out, none left unreadable).
    for (const r of history) await expect(stories.getRevision(created.id, r.revision)).resolves.toBeDefined();
    expect(history.length).toBeLessThan(32);
    await vault.close();
  });

  it('are followed rightly by a restore, the Trash and a title change', async () => {
    const { vault, clock, stories, created, first } = await setup();
    const { patch } = blockPatcher(stories, created.id, { revision: created.revision, blocks: first });
    const typed = await patch(0, 0, [para(text('a new first line'))]);
    clock.advance(MINUTE);
    await stories.trash(created.id);
    await stories.restore(created.id);
    expect((await stories.get(created.id)).doc).toEqual(typed.doc);
    const original = await stories.getRevision(created.id, created.revision);
    const restored = await stories.update(created.id, { doc: original.doc, title: 'Restored' });
    expect((await stories.get(created.id)).doc).toEqual(doc(...first));
    expect(restored.title).toBe('Restored');
    for (const r of await stories.revisions(created.id))
      await expect(stories.getRevision(created.id, r.revision)).resolves.toBeDefined();
    expect(
      (await Promise.all((await stories.revisions(created.id)).map((r) => stories.getRevision(created.id, r.revision))))
        .map((s) => s.doc.content![0])
        .some((b) => JSON.stringify(b).includes('a new first line')),
    ).toBe(true);
    await vault.close();
  });

  it('whose base is lost leave the story readable as its newest whole version', async () => {
    const { dir, vault, stories, created, first } = await setup();
    const renamed = await stories.update(created.id, { title: 'Along the water, again' });
    const { patch } = blockPatcher(stories, created.id, { revision: renamed.revision, blocks: first });
    const saved = await patch(3, 1, [para(text('lost with its base'))]);
    const base = revisionFile(vault, created.id, renamed.revision);
    await vault.close();
    // The delta's base removed outside Harbor: the delta cannot be read; the version before can.
    await fs.rm(base);
    const reopened = await openVault(dir, PASS);
    const again = createStoryService(reopened);
    expect(await again.get(created.id)).toMatchObject({ revision: created.revision, title: 'Along the water' });
    expect((await again.list()).map((s) => s.title)).toEqual(['Along the water']);
    expect((await again.texts()).map((s) => s.title)).toEqual(['Along the water']);
    await expect(again.getRevision(created.id, saved.revision)).rejects.toMatchObject({ code: 'integrity' });
    // Nothing left that reads: the story says so, it does not read as empty.
    await fs.rm(revisionFile(reopened, created.id, created.revision));
    const last = createStoryService(reopened);
    await expect(last.get(created.id)).rejects.toMatchObject({ code: 'integrity' });
    await reopened.close();
  });
});
