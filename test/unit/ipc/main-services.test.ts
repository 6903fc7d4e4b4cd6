import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/create-handlers';
import type { MainContext } from '../../../electron/ipc/main-context';
import { createMainServices } from '../../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../../electron/prefs/memory-preferences';
import { StorySearch } from '../../../electron/search/story-search';
import { createStoryService } from '../../../electron/stories/index';
import { testImportRunner } from '../../support/import-worker-harness';
import { newVault, removeTempDirs } from '../vault/helpers';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
  await removeTempDirs();
});

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The real handlers and services over a real vault, as the app composes them. */
async function app() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-services-'));
  dirs.push(dir);
  const ctx: MainContext = {
    appInfo: { name: 'Harbor', version: 'test', platform: process.platform },
    vaultDir: path.join(dir, 'vault'),
    prefs: createMemoryPreferences(),
    emit: () => undefined,
    reloadRenderer: () => undefined,
    importRunner: testImportRunner(),
  };
  const services = createMainServices(ctx, { createOptions: { kdf: { memoryKiB: 19456, iterations: 2 } } });
  const dispatch = createDispatch(createHandlers(ctx, services));
  const call = async <T = unknown>(channel: string, request?: unknown): Promise<T> => {
    const result = await dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  await call('vault:create', { passphrase: 'a long enough passphrase', recoveryKey: false });
  const found = async (query: string) =>
    (await call<{ id: string; title: string }[]>('story:search', { query })).map((hit) => hit.title);
  return { call, found };
}

describe('search follows every story change, whichever handler made it', () => {
  it('create, save, retitle, trash, restore, restore a revision and import are all seen', async () => {
    const { call, found } = await app();
    const story = await call<{ id: string }>('story:create', { title: 'Lyon', doc: para('the bakery on Rue Neuve') });
    expect(await found('bakery')).toEqual(['Lyon']);

    await call('story:save', { id: story.id, doc: para('the harbour at night'), keep: true });
    expect(await found('bakery')).toEqual([]);
    expect(await found('harbour')).toEqual(['Lyon']);

    await call('story:save', { id: story.id, title: 'Marseille' });
    expect(await found('harbour')).toEqual(['Marseille']);

    await call('story:trash', { id: story.id });
    expect(await found('harbour')).toEqual([]);
    await call('story:restore', { id: story.id });
    expect(await found('harbour')).toEqual(['Marseille']);

    await call('story:restore-revision', { id: story.id, revision: 1 });
    expect(await found('bakery')).toEqual(['Lyon']);
    expect(await found('harbour')).toEqual([]);

    const text = Buffer.from('The orchard behind the farmhouse\n', 'utf8').toString('base64');
    await call('story:import', { fileName: 'Orchard.txt', base64: text });
    expect(await found('orchard')).toHaveLength(1);
  });

  it('a story deleted from the Trash stays out of search, and locking empties it', async () => {
    const { call, found } = await app();
    const story = await call<{ id: string }>('story:create', { title: 'Gone', doc: para('the red door') });
    await call('story:trash', { id: story.id });
    expect(await call('story:empty-trash')).toEqual({ removed: 1 });
    expect(await found('door')).toEqual([]);
    await call('vault:lock');
    await call('vault:unlock', { passphrase: 'a long enough passphrase' });
    expect(await found('door')).toEqual([]);
  });
});

describe('the story service publishes each change', () => {
  it('a deletion reaches a search index that still held the story', async () => {
    const { vault } = await newVault();
    const search = new StorySearch();
    const stories = createStoryService(vault, { onChange: (change) => search.apply(change) });
    const story = await stories.create({ title: 'Kept', doc: para('the blue gate') as never });
    expect(search.search('gate').map((h) => h.id)).toEqual([story.id]);
    await stories.trash(story.id);
    // As if the index had missed the trashing: deleting still takes it out.
    search.upsert({ id: story.id, title: 'Kept', text: 'the blue gate' });
    await stories.destroy(story.id);
    expect(search.search('gate')).toEqual([]);
    await vault.close();
  });
});
