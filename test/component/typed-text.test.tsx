import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { harborExtensions } from '../../renderer/src/ui/document/extensions/harbor-extensions';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function open(content: JSONContent): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: harborExtensions(), content, injectCSS: false });
  return editor;
}

/** A key as the browser reports a typed character: keypress with its character code. */
function keypress(ch: string, init: KeyboardEventInit = {}, code = ch.codePointAt(0)): KeyboardEvent {
  const event = new KeyboardEvent('keypress', { key: ch, bubbles: true, cancelable: true, ...init });
  // happy-dom leaves the (legacy) character code out of the event; Chromium fills it in.
  Object.defineProperty(event, 'charCode', { value: code });
  return event;
}

function typeKeys(e: Editor, text: string): boolean[] {
  return [...text].map((ch) => {
    const event = keypress(ch);
    e.view.dom.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

const para = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks && { marks }),
});

describe('typing in the story (the editor inserts each character itself)', () => {
  it('puts the characters where the caret is, and the browser does not type them again', () => {
    const e = open({ type: 'doc', content: [para(text('I walked home.')), para(text('Then it rained.'))] });
    e.commands.setTextSelection(10);
    expect(typeKeys(e, 'back ')).toEqual([true, true, true, true, true]);
    expect(e.getText({ blockSeparator: '\n' })).toBe('I walked back home.\nThen it rained.');
  });

  it('replaces selected words with the key typed', () => {
    const e = open({ type: 'doc', content: [para(text('It was cold.'))] });
    e.commands.setTextSelection({ from: 8, to: 12 });
    typeKeys(e, 'warm');
    expect(e.getText()).toBe('It was warm.');
  });

  it('keeps writing in bold after bold words, but a sensitive mark does not swallow the next word', () => {
    const e = open({
      type: 'doc',
      content: [
        para(text('Ana', [{ type: 'sensitive', attrs: { category: 'person', id: 'd1' } }])),
        para(text('loud', [{ type: 'bold' }])),
      ],
    });
    e.commands.setTextSelection(4);
    typeKeys(e, ' said');
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    typeKeys(e, 'er');
    const json = e.getJSON();
    expect(json.content![0]!.content).toEqual([
      text('Ana', [{ type: 'sensitive', attrs: { category: 'person', id: 'd1' } }]),
      text(' said'),
    ]);
    expect(json.content![1]!.content).toEqual([text('louder', [{ type: 'bold' }])]);
  });

  it('still turns "## " at the start of a line into a heading (the input rules see every key)', () => {
    const e = open({ type: 'doc', content: [para()] });
    e.commands.setTextSelection(1);
    typeKeys(e, '## Before');
    expect(e.getJSON().content![0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [text('Before')],
    });
  });

  it('leaves Enter and shortcuts to the editor’s own handling', () => {
    const e = open({ type: 'doc', content: [para(text('One'))] });
    e.commands.setTextSelection(4);
    const enter = keypress('\r');
    e.view.dom.dispatchEvent(enter);
    const ctrl = keypress('b', { ctrlKey: true });
    e.view.dom.dispatchEvent(ctrl);
    expect([enter.defaultPrevented, ctrl.defaultPrevented]).toEqual([false, false]);
    expect(e.getText()).toBe('One');
  });

  it('types accented letters, Arabic and characters beyond the basic plane whole', () => {
    const e = open({ type: 'doc', content: [para()] });
    e.commands.setTextSelection(1);
    typeKeys(e, 'ñá قال 🙂');
    expect(e.getText()).toBe('ñá قال 🙂');
  });

  it('leaves half of a surrogate pair to the browser instead of writing a broken character', () => {
    const e = open({ type: 'doc', content: [para(text('Hi'))] });
    e.commands.setTextSelection(3);
    const half = keypress('\ud83d', {}, 0xd83d);
    e.view.dom.dispatchEvent(half);
    expect(half.defaultPrevented).toBe(false);
    expect(e.getText()).toBe('Hi');
  });
});
