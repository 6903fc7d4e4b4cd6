import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDelta, deltaBetween, deltaJson, deltaOf } from '../../../electron/stories/story-delta';
import { sameBlock } from '../../../electron/stories/story-json';
import type { BlockNode } from '../../../shared/story/doc-types';
import { para, text } from '../../support/doc-fixtures';

const p = (s: string) => Object.freeze(para(text(s))) as BlockNode;

describe('a delta between two lists of blocks', () => {
  it('is the one run that differs, found by object or by JSON, and rebuilds the blocks now', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 }),
        fc.nat(12),
        fc.nat(4),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        fc.boolean(),
        (words, at, cut, added, copies) => {
          const base = words.map(p);
          const from = Math.min(at, base.length);
          const remove = Math.min(cut, base.length - from);
          // Unchanged blocks as the same objects, or as equal copies (read again from the vault).
          const kept = (b: BlockNode) => (copies ? p((b as { content: { text: string }[] }).content[0]!.text) : b);
          const now = [...base.slice(0, from).map(kept), ...added.map(p), ...base.slice(from + remove).map(kept)];
          const delta = deltaBetween(base, now, sameBlock);
          expect(applyDelta(base, delta)).toEqual(now);
          // Never wider than the change made.
          expect(delta.remove).toBeLessThanOrEqual(remove);
          expect(delta.insert.length).toBeLessThanOrEqual(added.length);
        },
      ),
    );
  });

  it('is empty when nothing changed, and refuses a base too short for it', () => {
    const base = [p('a'), p('b')];
    expect(deltaBetween(base, [...base], sameBlock)).toEqual({ from: 2, remove: 0, insert: [] });
    expect(applyDelta([p('a')], { from: 1, remove: 1, insert: [] })).toBeNull();
  });

  it('is stored as the JSON of the story without its document, with the delta in its place', () => {
    const rest = {
      title: 'Lyon “été” 😀',
      tags: ['June'],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      trashedAt: null,
    };
    for (const insert of [[], [p('one')], [p('one'), p('two \\ "q"')]]) {
      const delta = { base: 3, from: 1, remove: 2, insert };
      const json = Buffer.concat(deltaJson(rest, delta)).toString('utf8');
      expect(json).toBe(JSON.stringify({ ...rest, docDelta: delta }));
      expect(deltaOf(JSON.parse(json))).toEqual(delta);
    }
    expect(deltaOf({ docDelta: { base: 0, from: 0, remove: 0, insert: [] } })).toBeNull();
    expect(deltaOf({ doc: { type: 'doc' } })).toBeNull();
  });
});
