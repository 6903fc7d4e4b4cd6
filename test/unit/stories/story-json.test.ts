import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freezeBlocks } from '../../../electron/stories/block-sums';
import { storyJson } from '../../../electron/stories/story-json';
import type { StoryData } from '../../../shared/story/story-data';
import { doc, fullDoc, para, text } from '../../support/doc-fixtures';

const text8 = (pieces: Buffer[]) => Buffer.concat(pieces).toString('utf8');

const story = (over: Partial<StoryData> & Record<string, unknown> = {}): StoryData => ({
  title: 'Lyon',
  tags: ['a'],
  doc: doc(...fullDoc.content!),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  trashedAt: null,
  ...over,
});

describe("a story's JSON for the vault, block by block", () => {
  it('is byte for byte what JSON.stringify writes, whatever the fields, their order and their text', () => {
    const json = fc.jsonValue();
    const block = fc.oneof(
      fc.record({
        type: fc.constant('paragraph'),
        content: fc.array(fc.record({ type: fc.constant('text'), text: fc.string({ unit: 'binary' }) })),
      }),
      fc.dictionary(fc.string(), json),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), json),
        fc.dictionary(fc.string(), json),
        fc.array(block, { maxLength: 6 }),
        fc.boolean(),
        fc.option(fc.constant(undefined)),
        (extraData, extraDoc, blocks, freeze, missing) => {
          const data = {
            ...extraData,
            ...story(),
            details: missing,
            doc: { ...extraDoc, type: 'doc', content: blocks },
          } as unknown as StoryData;
          if (freeze) freezeBlocks(data.doc);
          expect(text8(storyJson(data))).toBe(JSON.stringify(data));
          // A second time, from what was remembered of the frozen blocks.
          expect(text8(storyJson(data))).toBe(JSON.stringify(data));
        },
      ),
    );
  });

  it('keeps lone surrogates and other text exactly as JSON.stringify escapes them', () => {
    const data = story({ title: 'a\ud800b', doc: doc(para(text('x\udc00 é 😀 "quoted" \\ \n'))) });
    freezeBlocks(data.doc);
    expect(text8(storyJson(data))).toBe(JSON.stringify(data));
    expect(JSON.parse(text8(storyJson(data)))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('serialises a block that is not frozen again every time, so a change made in place is written', () => {
    const block = para(text('before'));
    const data = story({ doc: doc(block) });
    expect(text8(storyJson(data))).toContain('before');
    (block.content![0] as { text: string }).text = 'after';
    expect(text8(storyJson(data))).toBe(JSON.stringify(data));
  });

  it('leaves a story with its own toJSON, or a document without blocks, to JSON.stringify', () => {
    const odd = { ...story(), toJSON: () => ({ odd: true }) } as unknown as StoryData;
    expect(text8(storyJson(odd))).toBe('{"odd":true}');
    const noBlocks = story({ doc: { type: 'doc' } });
    expect(text8(storyJson(noBlocks))).toBe(JSON.stringify(noBlocks));
  });
});
