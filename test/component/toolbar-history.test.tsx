import { Editor } from '@tiptap/core';
import type { Editor as ReactEditor } from '@tiptap/react';
import { afterEach, describe, expect, it } from 'vitest';
import { harborExtensions } from '../../renderer/src/ui/document/extensions/harbor-extensions';
import { TOOLBAR_GROUPS } from '../../renderer/src/features/editor/toolbar-actions';

const action = (id: string) => TOOLBAR_GROUPS.flat().find((a) => a.id === id)!;
let editor: Editor | null = null;
afterEach(() => editor?.destroy());

describe('the toolbar’s Undo and Redo', () => {
  it('are on exactly when the editor can undo or redo, through typing, undo, redo and a new edit', () => {
    editor = new Editor({
      extensions: harborExtensions(),
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello.' }] }] },
    });
    const e = editor as unknown as ReactEditor;
    const seen: [boolean, boolean][] = [];
    const check = () => {
      const undo = action('undo').isEnabled!(e);
      const redo = action('redo').isEnabled!(e);
      expect([undo, redo]).toEqual([editor!.can().undo(), editor!.can().redo()]);
      seen.push([undo, redo]);
    };
    check();
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' More.');
    check();
    editor.commands.undo();
    check();
    editor.commands.redo();
    check();
    editor.commands.undo();
    editor.commands.insertContentAt(1, 'New. ');
    check();
    expect(seen).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, false],
      [true, false],
    ]);
  });
});
