import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { countWords, docToPlainText } from '../../shared/story';
import { harborExtensions } from '../../renderer/src/ui/document/extensions/harbor-extensions';
import { docToJson } from '../../renderer/src/features/editor/doc-json';
import { findSensitiveDetails } from '../../renderer/src/ui/document/sensitive-details';
import { countDocWords } from '../../renderer/src/features/editor/story-stats';

const sensitive = (text: string, category: string, id?: string) => ({
  type: 'text',
  text,
  marks: [{ type: 'sensitive', attrs: id ? { category, id } : { category } }],
});

/** Every kind of block the counts must agree on: lists, quotes, notes, marks across nodes and blocks. */
const doc: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'I met ' },
        sensitive('Ana', 'person', 'd1'),
        {
          type: 'text',
          text: ' Ruiz',
          marks: [{ type: 'bold' }, { type: 'sensitive', attrs: { category: 'person', id: 'd1' } }],
        },
        { type: 'text', text: ' in ' },
        sensitive('Lima', 'place'),
        { type: 'hardBreak' },
        { type: 'text', text: 'on a Tuesday.' },
      ],
    },
    { type: 'privateNote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'not for anyone else' }] }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first one' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [sensitive('Calle 8', 'place', 'd1')] }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'She said go.' }] }] },
  ],
};

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** The whole-document answers, walked from scratch (what the panel and status bar must match). */
const fromScratch = (e: Editor) => ({
  words: countWords(docToPlainText(e.getJSON() as never)),
  details: findSensitiveDetails(e.schema.nodeFromJSON(e.getJSON()), e.schema.marks.sensitive!),
});

describe('word count and sensitive details of the live document, block by block', () => {
  it('match the story model and a fresh walk of the document, before and after edits', () => {
    editor = new Editor({ extensions: harborExtensions(), content: doc });
    const e = editor;
    const live = () => ({
      words: countDocWords(e.state.doc),
      details: findSensitiveDetails(e.state.doc, e.schema.marks.sensitive!),
    });
    // The private note is left out; list items, quotes and the hard break are counted like export does.
    expect(live().words).toBe(18);
    expect(live()).toEqual(fromScratch(e));
    expect(live().details.map((d) => [d.id, d.text, d.segments.length])).toEqual([
      ['d1', 'Ana Ruiz Calle 8', 2],
      [expect.stringMatching(/^at-\d+$/), 'Lima', 1],
    ]);

    // Typing into the second block shifts every later position; the cached blocks must follow.
    e.commands.insertContentAt(16, 'Then ');
    e.commands.insertContentAt(e.state.doc.content.size - 1, ' and never came back');
    expect(live()).toEqual(fromScratch(e));
    expect(live().words).toBe(23);

    // Unmark one place, mark another word: only those blocks change.
    const lima = live().details.find((d) => d.text === 'Lima')!;
    e.chain().setTextSelection(lima.segments[0]!).unsetMark('sensitive').run();
    e.chain().setTextSelection({ from: 16, to: 20 }).setMark('sensitive', { category: 'other', id: 'd9' }).run();
    expect(live()).toEqual(fromScratch(e));
    expect(live().details.map((d) => d.text)).toEqual(['Then', 'Ana Ruiz Calle 8']);
  });

  it('the JSON an autosave sends is the whole document, however the edits went', () => {
    editor = new Editor({ extensions: harborExtensions(), content: doc });
    const e = editor;
    expect(docToJson(e.state.doc)).toEqual(e.getJSON());
    e.commands.insertContentAt(16, 'Then ');
    expect(docToJson(e.state.doc)).toEqual(e.getJSON());
    e.chain().setTextSelection({ from: 3, to: 8 }).toggleBold().run();
    e.commands.insertContentAt(e.state.doc.content.size, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'new' }],
    });
    expect(docToJson(e.state.doc)).toEqual(e.getJSON());
    e.commands.setContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Only this.' }] }],
    });
    expect(docToJson(e.state.doc)).toEqual(e.getJSON());
  });
});
