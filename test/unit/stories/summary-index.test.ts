import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStoryService, type StoryService } from '../../../electron/stories/index';
import { SUMMARY_CACHE } from '../../../electron/stories/summary-index';
import { openVault } from '../../../electron/vault/index';
import type { OpenVault } from '../../../electron/vault/types';
import { filesUnder, newVault, PASS, removeTempDirs } from '../vault/helpers';
import { bold, bullets, doc, heading, para, text } from '../../support/doc-fixtures';
import { leakedWords, wordsOf } from '../vault/plaintext-search';
import { docToPlainText } from '../../../shared/story/plain-text';

afterEach(removeTempDirs);

const words = (s: string) => doc(para(text(s)));

/** What the library shows, in a form a test can compare: newest edit first. */
const lines = async (stories: StoryService, includeTrashed = false) =>
  (await stories.list({ includeTrashed })).map((s) => ({
    title: s.title,
    words: s.wordCount,
    tags: s.tags,
    trashed: s.trashedAt !== null,
  }));

/** The cache file on disk: the one file in the items folder that is not an item's folder. */
async function cacheFiles(vault: OpenVault): Promise<string[]> {
  const items = (await fs.readdir(vault.dir)).find((n) => n.startsWith('items-'))!;
  const names = await fs.readdir(path.join(vault.dir, items));
  return names.filter((n) => !/^[0-9a-f]{32}$/.test(n)).map((n) => path.join(vault.dir, items, n));
}

async function reopen(dir: string, vault: OpenVault): Promise<OpenVault> {
  await vault.close();
  return openVault(dir, PASS);
}

describe('library summaries (the encrypted story index)', () => {
  it('stays right across create, save, rename, tags, trash, restore and empty trash', async () => {
    const { dir, vault: first } = await newVault();
    let stories = createStoryService(first);
    const a = await stories.create({ title: 'At the border', doc: words('we waited there') });
    const b = await stories.create({ title: 'The kitchen' });
    await stories.update(b.id, { doc: words('I worked every night without pay'), tags: ['work'] });
    await stories.update(a.id, { title: 'At the northern border' });
    expect(await lines(stories)).toEqual([
      { title: 'At the northern border', words: 3, tags: [], trashed: false },
      { title: 'The kitchen', words: 6, tags: ['work'], trashed: false },
    ]);

    await stories.trash(b.id);
    expect((await lines(stories)).map((l) => l.title)).toEqual(['At the northern border']);
    expect(await lines(stories, true)).toContainEqual({
      title: 'The kitchen',
      words: 6,
      tags: ['work'],
      trashed: true,
    });
    await stories.restore(b.id);
    expect((await lines(stories)).map((l) => l.title).sort()).toEqual(['At the northern border', 'The kitchen']);

    // Reopened (a new service reads the cache): the same library, without reading any story.
    const vault = await reopen(dir, first);
    stories = createStoryService(vault);
    const get = vi.spyOn(vault, 'get');
    const list = vi.spyOn(vault, 'list');
    expect((await lines(stories, true)).map((l) => l.title).sort()).toEqual(['At the northern border', 'The kitchen']);
    expect(get).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();

    await stories.trash(a.id);
    await stories.destroy(a.id);
    expect((await lines(stories, true)).map((l) => l.title)).toEqual(['The kitchen']);
    const last = await reopen(dir, vault);
    expect((await lines(createStoryService(last), true)).map((l) => l.title)).toEqual(['The kitchen']);
    await last.close();
  });

  it('is encrypted on disk: no title, tag or word of a story can be found in it', async () => {
    const { vault } = await newVault();
    const stories = createStoryService(vault);
    const title = 'Rosalind Kettleby at the Nogales crossing';
    const tags = ['zanzibarine', 'señora Peña', 'Marisol'];
    const body = doc(
      heading(2, 'Quintanar farmhouse'),
      para(
        text('Marisol '),
        text('Quintanar', bold),
        { type: 'hardBreak' },
        text('worked seventeen hours without wages'),
      ),
      bullets('Calle Esperanza apartment', 'passport confiscated by Delgado'),
    );
    await stories.create({ title, doc: body, tags });
    const s = await stories.create({ title: 'second' });
    await stories.update(s.id, { tags: ['zanzibarine'] });
    await stories.list();
    const [file] = await cacheFiles(vault);
    expect(file).toBeDefined();
    expect(path.basename(file!)).toMatch(/^[0-9a-f]{40}$/);
    const bytes = await fs.readFile(file!);
    const secrets = wordsOf(title, ...tags, docToPlainText(body), 'second');
    expect(secrets).toEqual(
      expect.arrayContaining(['Rosalind', 'Quintanar', 'seventeen', 'Peña', 'Delgado', 'Esperanza']),
    );
    // And the summary's own field names, which would show a plaintext index.
    expect(leakedWords(bytes, [...secrets, 'title', 'wordCount', 'tags'])).toEqual([]);
    // Nothing else was added beside it.
    expect((await filesUnder(vault.dir)).length).toBe(2 + 3 + 1); // header, lock, 3 revisions, the cache
    await vault.close();
  });

  it('is rebuilt from the stories when the cache is damaged, missing or replaced by another', async () => {
    const { dir, vault: first } = await newVault();
    const stories = createStoryService(first);
    await stories.create({ title: 'One', doc: words('a b c') });
    await stories.create({ title: 'Two', doc: words('d e') });
    await stories.list();
    const expected = await lines(stories);
    const [file] = await cacheFiles(first);
    const good = await fs.readFile(file!);

    // Flipped bytes: the cache does not authenticate, so it is read again from the stories.
    const flipped = Buffer.from(good);
    flipped[flipped.length - 5]! ^= 0xff;
    await fs.writeFile(file!, flipped);
    let vault = await reopen(dir, first);
    expect(await vault.readCache(SUMMARY_CACHE)).toBeNull();
    expect(await lines(createStoryService(vault))).toEqual(expected);

    // Truncated, as a crash during a write without fsync could leave it.
    await fs.writeFile(file!, good.subarray(0, 10));
    vault = await reopen(dir, vault);
    expect(await lines(createStoryService(vault))).toEqual(expected);

    // Gone.
    await fs.rm(file!);
    vault = await reopen(dir, vault);
    expect(await lines(createStoryService(vault))).toEqual(expected);

    // Authentic but nonsense (a cache that is not the index's shape) is also rebuilt.
    await vault.writeCache(SUMMARY_CACHE, { v: 1, items: { nope: { head: 'x' } } });
    vault = await reopen(dir, vault);
    expect(await lines(createStoryService(vault))).toEqual(expected);
    await vault.close();
  });

  it('notices stories that changed behind its back (a crash before the cache was written)', async () => {
    const { dir, vault: first } = await newVault();
    const stories = createStoryService(first);
    const one = await stories.create({ title: 'One', doc: words('a b c') });
    await stories.list();
    const [file] = await cacheFiles(first);
    const stale = await fs.readFile(file!);
    await stories.update(one.id, { title: 'One, retold', doc: words('a b c d e') });
    await stories.create({ title: 'Two' });
    // As if the process had died after the commits but before the cache caught up.
    await fs.writeFile(file!, stale);
    const vault = await reopen(dir, first);
    expect(await lines(createStoryService(vault))).toEqual([
      { title: 'Two', words: 0, tags: [], trashed: false },
      { title: 'One, retold', words: 5, tags: [], trashed: false },
    ]);
    await vault.close();
  });

  it('learns of autosaves at once and writes them later: at the next listing or flush, not at every save', async () => {
    const { vault } = await newVault();
    const stories = createStoryService(vault);
    const one = await stories.create({ title: 'One', doc: words('a b c') });
    const onDisk = async () =>
      ((await vault.readCache(SUMMARY_CACHE)) as { items: Record<string, { story: { title: string } }> }).items[one.id]!
        .story.title;
    const autosave = (title: string) => stories.update(one.id, { title }, { autosave: true, sitting: 'sitting-1' });
    expect(await onDisk()).toBe('One');
    await autosave('One, retold');
    expect(await onDisk()).toBe('One');
    expect((await lines(stories)).map((l) => l.title)).toEqual(['One, retold']);
    await vi.waitFor(async () => expect(await onDisk()).toBe('One, retold'));
    await autosave('One, told again');
    await stories.flush();
    expect(await onDisk()).toBe('One, told again');
    // A named version is no autosave: written with it.
    await stories.update(one.id, { title: 'One, named' }, { revisionName: 'Final' });
    expect(await onDisk()).toBe('One, named');
    await vault.close();
  });

  it('leaves other kinds of item out, and does not read them again while they stay the same', async () => {
    const { vault } = await newVault();
    await vault.create('grant', { to: 'someone' });
    const stories = createStoryService(vault);
    await stories.create({ title: 'Only story' });
    expect((await lines(stories)).map((l) => l.title)).toEqual(['Only story']);
    const fresh = createStoryService(vault);
    const get = vi.spyOn(vault, 'get');
    expect((await lines(fresh)).map((l) => l.title)).toEqual(['Only story']);
    expect(get).not.toHaveBeenCalled();
    await vault.close();
  });

  it('cannot be read after the vault keys are rotated, and is rebuilt', async () => {
    const { vault } = await newVault();
    const stories = createStoryService(vault);
    await stories.create({ title: 'Kept' });
    await stories.list();
    await vault.rotateKeys();
    expect(await vault.readCache(SUMMARY_CACHE)).toBeNull();
    expect((await lines(createStoryService(vault))).map((l) => l.title)).toEqual(['Kept']);
    await vault.close();
  });
});
