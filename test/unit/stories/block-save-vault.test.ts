import { afterEach, describe, expect, it } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { createStoryReader } from '../../../electron/stories/stored-story';
import { openVault } from '../../../electron/vault/index';
import { storyWordCount } from '../../../shared/story/story-summary';
import type { BlockNode } from '../../../shared/story/doc-types';
import { blockPatcher } from '../../support/block-patcher';
import { bullets, doc, heading, note, para, sensitive, text } from '../../support/doc-fixtures';
import { newVault, PASS, removeTempDirs } from '../vault/helpers';

afterEach(removeTempDirs);

const block = (i: number): BlockNode =>
  [
    para(text(`Paragraph ${i}: we walked on, señora, 😀 “quoted” \\ done.`)),
    heading(2, `Part ${i}`),
    bullets(`first ${i}`, `second ${i}`),
    note(`only for me ${i}`),
    para(text('I met '), text('Ana', sensitive('person', `d${i}`)), text(' in town.')),
  ][i % 5]!;

describe('saving changed blocks into the real vault', () => {
  it('stores exactly the story as saved, save after save, and it reopens so after the vault is locked', async () => {
    const { dir, vault } = await newVault();
    const stories = createStoryService(vault);
    const first = Array.from({ length: 120 }, (_, i) => block(i));
    const created = await stories.create({ title: 'Lyon “été”', tags: ['June'], doc: doc(...first) });
    const { patch, blocks } = blockPatcher(stories, created.id, { revision: created.revision, blocks: first });
    for (let i = 0; i < 40; i++) {
      // Replace one, insert two, remove one, in turn, at places spread over the story.
      const [remove, insert] = [
        [1, [block(1000 + i)]],
        [0, [block(2000 + i), block(3000 + i)]],
        [1, []],
      ][i % 3] as [number, BlockNode[]];
      const saved = await patch((i * 37) % blocks().length, remove, insert);
      const expected = doc(...blocks());
      expect(saved.doc).toEqual(expected);
      expect(saved.wordCount).toBe(storyWordCount(expected));
      // What the vault holds is what the service said it saved: the sitting's delta, read over its base.
      const { id: _id, revision: _r, wordCount: _w, ...data } = saved;
      const stored = await createStoryReader(vault).latest(created.id);
      expect(stored.record.revision).toBe(saved.revision);
      expect(stored.record.data).toStrictEqual(data);
      expect(stored.base?.revision).toBe(created.revision);
    }
    const last = await stories.get(created.id);
    await vault.close();

    const reopened = await openVault(dir, PASS);
    const again = await createStoryService(reopened).get(created.id);
    expect(again).toEqual(last);
    expect(again.doc).toEqual(doc(...blocks()));
    expect(again.wordCount).toBe(storyWordCount(doc(...blocks())));
    expect(again.details?.length).toBeGreaterThan(0);
    await reopened.close();
  });
});
