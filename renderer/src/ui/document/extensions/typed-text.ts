import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export const typedTextKey = new PluginKey('typedText');

/**
 * A typed character goes into the document as an edit of the editor's own, not as the browser's.
 * Left to the browser, each key runs Chromium's contenteditable typing command, whose cost grows
 * with the length of the whole editable text (about 10 ms a key in a 50,000-word story); the
 * editor then reads the change back from the page. Done here, it is the edit ProseMirror already
 * makes for a key over a selection it cannot leave to the browser: the same marks, the same input
 * rules, and only the paragraph typed in is redrawn.
 *
 * ProseMirror asks this only for a real character (a keypress with a character code), never while
 * an input method is composing, and not for shortcuts with Ctrl or ⌘; a line break stays with the
 * editor's Enter handling.
 */
export function insertTypedText(view: EditorView, event: KeyboardEvent): boolean {
  const code = event.charCode;
  // Half of a surrogate pair is not a character: the browser keeps such input whole.
  if (!code || (code >= 0xd800 && code <= 0xdfff)) return false;
  const text = String.fromCodePoint(code);
  if (/[\r\n]/.test(text)) return false;
  const { $from, $to } = view.state.selection;
  const deflt = () => view.state.tr.insertText(text).scrollIntoView();
  if (!view.someProp('handleTextInput', (f) => f(view, $from.pos, $to.pos, text, deflt))) view.dispatch(deflt());
  return true;
}

export const TypedText = Extension.create({
  name: 'typedText',
  addProseMirrorPlugins() {
    return [new Plugin({ key: typedTextKey, props: { handleKeyPress: insertTypedText } })];
  },
});
