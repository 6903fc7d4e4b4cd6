import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { installHarbor } from './harbor-stub';
import { docOf, storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const STORIES = [
  { id: 'story-history-0001', title: 'Mine', text: 'Hello there.' },
  { id: 'story-history-0002', title: 'Second', text: 'Another day.' },
];

async function openStory(title: string): Promise<Editor> {
  fireEvent.click(await screen.findByRole('button', { name: title }));
  await screen.findByRole('textbox', { name: 'Your story' });
  return (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
}

/** Keys as the browser reports typed characters (keypress with a character code; happy-dom leaves the code out). */
function type(editor: Editor, text: string): void {
  act(() => {
    for (const ch of text) {
      const event = new KeyboardEvent('keypress', { key: ch, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'charCode', { value: ch.codePointAt(0) });
      editor.view.dom.dispatchEvent(event);
    }
  });
}

const toolButton = (name: string) =>
  within(screen.getByRole('toolbar', { name: 'Formatting' })).getByRole('button', { name });
/** Whether Undo and Redo can be pressed, as the writer sees the toolbar. */
const undoRedo = () => [!toolButton('Undo').hasAttribute('disabled'), !toolButton('Redo').hasAttribute('disabled')];

describe('the toolbar’s Undo and Redo', () => {
  it('can be pressed exactly when there is something to undo or redo, in each story opened', async () => {
    installHarbor({
      'story:list': () => ok(STORIES.map((s) => summary({ id: s.id, title: s.title, wordCount: 2 }))),
      'story:get': ({ id }) => {
        const s = STORIES.find((story) => story.id === id)!;
        return ok(storyView({ id, title: s.title, doc: docOf(s.text) }));
      },
      'story:save': ({ id }) => ok(summary({ id, title: STORIES.find((s) => s.id === id)!.title })),
      'story:revisions': () => ok([]),
    });
    render(<Workspace registerBeforeLock={() => () => undefined} />);

    const editor = await openStory('Mine');
    expect(undoRedo()).toEqual([false, false]);

    // One character: one step of history, however slowly a loaded machine delivers the keys.
    editor.commands.focus('end');
    type(editor, '!');
    await waitFor(() => expect(undoRedo()).toEqual([true, false]));
    expect(editor.getText()).toBe('Hello there.!');

    fireEvent.click(toolButton('Undo'));
    await waitFor(() => expect(undoRedo()).toEqual([false, true]));
    expect(editor.getText()).toBe('Hello there.');

    fireEvent.click(toolButton('Redo'));
    await waitFor(() => expect(undoRedo()).toEqual([true, false]));
    expect(editor.getText()).toBe('Hello there.!');

    fireEvent.click(toolButton('Undo'));
    await waitFor(() => expect(undoRedo()).toEqual([false, true]));
    // New typing after an undo: what was undone can no longer be redone.
    type(editor, ' Yes');
    await waitFor(() => expect(undoRedo()).toEqual([true, false]));
    expect(editor.getText()).toBe('Hello there. Yes');

    // Another story starts with a history of its own: nothing of the first story's to undo.
    fireEvent.click(screen.getByRole('button', { name: 'Back to the library' }));
    const second = await openStory('Second');
    expect(second.getText()).toBe('Another day.');
    expect(undoRedo()).toEqual([false, false]);
    type(second, '?');
    await waitFor(() => expect(undoRedo()).toEqual([true, false]));
  });
});
