import { describe, expect, it, vi } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { HarborError } from '../../../shared/errors';
import { registerFromDoc } from '../../../shared/story/detail-register';
import { storyWordCount } from '../../../shared/story/story-summary';
import type { BlockNode, StoryDoc } from '../../../shared/story/doc-types';
import { bold, bullets, doc, fullDoc, heading, note, para, sensitive, text } from '../../support/doc-fixtures';
import { blockPatcher } from '../../support/block-patcher';
import { FakeVault } from '../../support/fake-vault';

// Small bounds, so a test can reach them; the schema and the patch check read the same ones.
vi.mock('../../../shared/story/doc-limits', () => ({
  DOC_LIMITS: Object.freeze({ maxDepth: 40, maxNodes: 60, maxTextChars: 400, maxMarksPerNode: 16, maxIdChars: 64 }),
}));

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof HarborError) return `${error.code} ${JSON.stringify(error.message)}`;
    throw error;
  }
  return 'accepted';
};

async function storyOf(content: BlockNode[]) {
  const vault = new FakeVault();
  const stories = createStoryService(vault);
  const created = await stories.create({ title: 'Lyon', doc: doc(...content) });
  const { patch, blocks } = blockPatcher(stories, created.id, { revision: created.revision, blocks: content });
  return { vault, stories, id: created.id, patch, blocks };
}

describe('saving changed blocks (the editor’s autosave)', () => {
  it('stores exactly the patched document, with the word count of the whole story, save after save', async () => {
    const s = await storyOf([...fullDoc.content!]);
    const edits: [number, number, BlockNode[]][] = [
      [1, 1, [para(text('I met '), text('Ana', sensitive('person', 'd1')), text(' in town.'))]],
      [0, 0, [heading(2, 'Before')]],
      [3, 2, [bullets('one', 'two', 'three')]],
      [5, 1, [note('still only for me'), para(text('and '), text('loud', bold))]],
    ];
    for (const [from, remove, insert] of edits) {
      const saved = await s.patch(from, remove, insert);
      const stored = await s.stories.get(s.id);
      const expected: StoryDoc = doc(...s.blocks());
      expect(stored.doc).toEqual(expected);
      expect(saved.wordCount).toBe(storyWordCount(expected));
      expect(stored.wordCount).toBe(storyWordCount(expected));
      expect((await s.stories.list()).find((x) => x.id === s.id)!.wordCount).toBe(storyWordCount(expected));
    }
  });

  it('refuses a block the document schema refuses, with the message a whole document gets', async () => {
    const s = await storyOf([para(text('one')), para(text('two'))]);
    const bad = [
      { type: 'script', content: [] },
      { type: 'paragraph', content: [{ type: 'text', text: '' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] },
      { type: 'heading', attrs: { level: 7 }, content: [] },
    ];
    for (const block of bad) {
      const asPatch = await refusal(s.patch(1, 1, [block]));
      const asWhole = await refusal(
        s.stories.update(s.id, { doc: { type: 'doc', content: [para(text('one')), block] } as never }),
      );
      expect(asPatch).toMatch(/^invalid_input /);
      // Same words for the person; a path in a message may count from the patch, not the story.
      expect(asPatch.replace(/content\.\d+/, 'content.N')).toBe(asWhole.replace(/content\.\d+/, 'content.N'));
    }
    expect((await s.stories.get(s.id)).doc).toEqual(doc(para(text('one')), para(text('two'))));
  });

  it('refuses a patch that takes the whole story past its bounds, though each block is small', async () => {
    const s = await storyOf(Array.from({ length: 10 }, (_, n) => para(text(`paragraph ${n}`))));
    // 1 + 10 × 2 nodes now; nine more paragraphs of two nodes make 39, then another twenty make 79 > 60.
    await s.patch(
      10,
      0,
      Array.from({ length: 9 }, () => para(text('more'))),
    );
    const many = Array.from({ length: 20 }, () => para(text('more')));
    expect(await refusal(s.patch(19, 0, many))).toBe(
      await refusal(s.stories.update(s.id, { doc: doc(...s.blocks(), ...many) })),
    );
    expect(await refusal(s.patch(19, 0, many))).toMatch(/^invalid_input /);
    const long = [para(text('x'.repeat(300)))];
    expect(await refusal(s.patch(0, 0, long))).toMatch(/^invalid_input /);
    expect(await refusal(s.patch(0, 0, long))).toBe(
      await refusal(s.stories.update(s.id, { doc: doc(...long, ...s.blocks()) })),
    );
    expect((await s.stories.get(s.id)).doc).toEqual(doc(...s.blocks()));
  });

  it('reads the story from the vault only for the first patch of a sitting', async () => {
    const s = await storyOf([para(text('one')), para(text('two'))]);
    const get = vi.spyOn(s.vault, 'get');
    await s.patch(0, 1, [para(text('uno'))]);
    await s.patch(1, 1, [para(text('dos'))]);
    await s.patch(2, 0, [para(text('tres'))]);
    expect(get).toHaveBeenCalledTimes(1);
    expect((await s.stories.get(s.id)).doc).toEqual(doc(para(text('uno')), para(text('dos')), para(text('tres'))));
  });

  it('a patch that changes nothing commits nothing; a stale one is refused after a change from elsewhere', async () => {
    const s = await storyOf([para(text('one')), para(text('two'))]);
    const first = await s.patch(0, 1, [para(text('uno'))]);
    const same = await s.patch(0, 1, [para(text('uno'))]);
    expect(same.revision).toBe(first.revision);
    await s.stories.update(s.id, { title: 'Lyon, renamed' });
    expect(await refusal(s.patch(1, 1, [para(text('dos'))]))).toMatch(/^invalid_input /);
    expect((await s.stories.get(s.id)).doc).toEqual(doc(para(text('uno')), para(text('two'))));
  });

  it('keeps the sensitive-detail register exactly as a save of the whole story would, edit after edit', async () => {
    const ana = (t = 'Ana Ruiz') => text(t, sensitive('person', 'p1'));
    const s = await storyOf([para(text('I met '), ana(), text(' in town.')), para(text('nothing here'))]);
    // The person's choices: one proposed spelling off, one of their own added.
    const proposed = await s.stories.details(s.id);
    await s.stories.setDetails(s.id, [
      {
        ...proposed[0]!,
        variants: [
          ...proposed[0]!.variants.map((v) => ({ ...v, on: v.text !== 'Ruiz' })),
          { text: 'La Güera', on: true, added: true },
        ],
      },
    ]);
    const { patch } = blockPatcher(s.stories, s.id, {
      revision: (await s.stories.get(s.id)).revision,
      blocks: s.blocks(),
    });
    const edits: [number, number, BlockNode[]][] = [
      // Text without marks, before and after the marked block, in a list and in a note.
      [1, 1, [para(text('still nothing'))]],
      [0, 0, [bullets('one', 'two'), note('for me')]],
      // A new spelling of the same person, a new place, then the name's block taken away again.
      [4, 0, [para(text('and '), ana('Ana'), text(' in '), text('Oaxaca', sensitive('place', 'l1')))]],
      [2, 1, []],
      [1, 0, [para(text('unmarked once more'))]],
      [3, 1, []],
    ];
    for (const [from, remove, insert] of edits) {
      const before = (await s.stories.get(s.id)).details;
      await patch(from, remove, insert);
      const stored = await s.stories.get(s.id);
      expect(stored.details ?? []).toEqual(registerFromDoc(stored.doc, before));
    }
    const last = (await s.stories.get(s.id)).details!;
    expect(last.map((d) => d.text)).toEqual(['Ana', 'Oaxaca']);
    expect(last[0]!.variants).toEqual(expect.arrayContaining([{ text: 'La Güera', on: true, added: true }]));
  });

  it('hands out stories whose kept blocks cannot be changed in place', async () => {
    const s = await storyOf([para(text('one'))]);
    const saved = await s.patch(0, 1, [para(text('uno'))]);
    expect(() => {
      (saved.doc.content![0] as { type: string }).type = 'heading';
    }).toThrow(TypeError);
    expect((await s.stories.get(s.id)).doc).toEqual(doc(para(text('uno'))));
  });
});
