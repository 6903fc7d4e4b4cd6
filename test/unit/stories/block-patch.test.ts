import { describe, expect, it } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { applyBlockPatch, diffBlocks, type BlockPatch } from '../../../shared/story/block-patch';
import { HarborError } from '../../../shared/errors';
import type { BlockNode } from '../../../shared/story/doc-types';
import { bullets, doc, heading, para, text } from '../../support/doc-fixtures';
import { FakeVault } from '../../support/fake-vault';

/** The same seeded generator every run, so a failure names edits that can be replayed. */
function seeded(seed: number) {
  let n = seed;
  return (below: number) => (n = (n * 1103515245 + 12345) % 2147483648) % below;
}

const patchOf = <B>(before: B[], after: B[], base = 1): BlockPatch<B> => ({
  base,
  ...diffBlocks(before, after),
  total: after.length,
});

describe('block patches (what the editor sends instead of the whole story)', () => {
  it('applied to the blocks they were made from, give exactly the new blocks, whatever the edit', () => {
    const next = seeded(42);
    let made = 0;
    for (let round = 0; round < 500; round++) {
      const before = Array.from({ length: next(12) }, () => ({ n: made++ }));
      const after = [...before];
      // A few edits anywhere: replace a block (typing in it), insert new ones, delete some.
      for (let edits = 1 + next(3); edits > 0; edits--) {
        const at = next(after.length + 1);
        const kind = next(3);
        if (kind === 0 && at < after.length) after[at] = { n: made++ };
        else if (kind === 1) after.splice(at, 0, ...Array.from({ length: 1 + next(3) }, () => ({ n: made++ })));
        else after.splice(at, next(3));
      }
      const patch = patchOf(before, after);
      expect(applyBlockPatch(before, 1, patch)).toEqual(after);
    }
  });

  it('carries only the block being typed in, not the rest of a long story', () => {
    const blocks = Array.from({ length: 800 }, (_, n) => ({ n }));
    const after = [...blocks];
    after[400] = { n: -1 };
    expect(patchOf(blocks, after)).toEqual({ base: 1, from: 400, remove: 1, insert: [{ n: -1 }], total: 800 });
    expect(patchOf(blocks, blocks)).toEqual({ base: 1, from: 800, remove: 0, insert: [], total: 800 });
  });

  it('do not fit another revision, a range past the end or a total that does not add up', () => {
    const stored = [{ n: 1 }, { n: 2 }];
    const good: BlockPatch<{ n: number }> = { base: 3, from: 1, remove: 1, insert: [{ n: 9 }], total: 2 };
    expect(applyBlockPatch(stored, 3, good)).toEqual([{ n: 1 }, { n: 9 }]);
    expect(applyBlockPatch(stored, 4, good)).toBeNull();
    expect(applyBlockPatch(stored, 3, { ...good, from: 2 })).toBeNull();
    expect(applyBlockPatch(stored, 3, { ...good, total: 3 })).toBeNull();
    expect(applyBlockPatch(stored, 3, { ...good, from: -1, total: 2 })).toBeNull();
    expect(applyBlockPatch(stored, 3, { ...good, remove: 0.5 })).toBeNull();
  });
});

describe('the story service applying a block patch', () => {
  function setup() {
    const vault = new FakeVault();
    return { vault, stories: createStoryService(vault) };
  }
  const story = (...blocks: BlockNode[]) => doc(...blocks);

  it('stores the document the editor has, as a new revision, with its marks proposed as details', async () => {
    const { stories } = setup();
    const first = story(heading(1, 'Home'), para(text('one')), para(text('two')), bullets('a', 'b'));
    const created = await stories.create({ title: 't', doc: first });
    const edited = story(
      heading(1, 'Home'),
      para(text('one, then more')),
      para(text('new'), {
        type: 'text',
        text: 'Ana',
        marks: [{ type: 'sensitive', attrs: { category: 'person', id: 'd1' } }],
      }),
      bullets('a', 'b'),
    );
    const saved = await stories.update(created.id, {
      blocks: { base: created.revision, from: 1, remove: 2, insert: edited.content!.slice(1, 3), total: 4 },
    });
    expect(saved.revision).toBe(created.revision + 1);
    expect((await stories.get(created.id)).doc).toEqual(edited);
    expect((await stories.details(created.id)).map((d) => d.text)).toEqual(['Ana']);
  });

  it('refuses a patch made against an older revision and changes nothing', async () => {
    const { stories, vault } = setup();
    const created = await stories.create({ title: 't', doc: story(para(text('one'))) });
    await stories.update(created.id, { title: 'renamed elsewhere' });
    const puts = vault.puts;
    const error = await stories
      .update(created.id, {
        blocks: { base: created.revision, from: 0, remove: 1, insert: [para(text('x'))], total: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('invalid_input');
    expect(vault.puts).toBe(puts);
    expect((await stories.get(created.id)).doc).toEqual(story(para(text('one'))));
  });

  it('checks the blocks a patch brings as strictly as a whole document, and never takes both', async () => {
    const { stories } = setup();
    const created = await stories.create({ title: 't', doc: story(para(text('one'))) });
    const blocks = (insert: unknown[]) => ({ base: created.revision, from: 1, remove: 0, insert, total: 2 });
    await expect(
      stories.update(created.id, { blocks: blocks([{ type: 'image', attrs: { src: 'x' } }]) }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      messageKey: 'story.unknownPart',
    });
    // Anything the schema does not describe is dropped, as for a whole document.
    await stories.update(created.id, {
      blocks: blocks([{ type: 'paragraph', onclick: 'evil()', content: [text('two')] }]),
    });
    expect((await stories.get(created.id)).doc).toEqual(story(para(text('one')), para(text('two'))));
    await expect(
      stories.update(created.id, { doc: story(para(text('x'))), blocks: { ...blocks([]), base: 2, total: 2 } }),
    ).rejects.toMatchObject({ code: 'invalid_input', messageKey: 'story.changeNotUnderstood' });
  });
});
