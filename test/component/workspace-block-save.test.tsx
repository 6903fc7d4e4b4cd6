import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStoryService, type StoryService } from '../../electron/stories/index';
import type { RequestOf } from '../../shared/ipc/contract';
import { HarborError } from '../../shared/errors';
import { failWith, ok, type Result } from '../../shared/ipc/result';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { FakeVault } from '../support/fake-vault';
import { installHarbor } from './harbor-stub';
import { docOf } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});

type SaveRequest = RequestOf<'story:save'>;

/** The main process's answer, from the real story service over an in-memory vault. */
async function answer<T>(work: Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work);
  } catch (error) {
    if (error instanceof HarborError) return failWith(error);
    throw error;
  }
}

/**
 * The workspace over the real story service: what a save stores is what the main process would
 * store, so the test compares the vault's document with the editor's own, save after save.
 */
async function openLongStory(opts: { refusePatches?: boolean } = {}) {
  const stories: StoryService = createStoryService(new FakeVault());
  const paragraphs = Array.from({ length: 40 }, (_, n) => `Paragraph ${n} of a long story.`);
  const created = await stories.create({ title: 'Long', doc: docOf(...paragraphs) });
  let beforeLock: (() => Promise<void>) | null = null;
  const harbor = installHarbor({
    'story:list': async () => ok(await stories.list()),
    'story:get': ({ id }) => answer(stories.get(id)),
    'story:revisions': ({ id }) => answer(stories.revisions(id)),
    'story:details': ({ id }) => answer(stories.details(id)),
    'story:save': ({ id, title, doc, blocks, tags, keep, sitting }) => {
      if (blocks && opts.refusePatches) return failWith(new HarborError('invalid_input', 'story.changeNotUnderstood'));
      const patch = { ...(title !== undefined && { title }), ...(doc && { doc }), ...(blocks && { blocks }) };
      return answer(
        stories.update(
          id,
          { ...patch, ...(tags && { tags }) },
          { autosave: keep !== true, ...(sitting && { sitting }) },
        ),
      );
    },
  });
  render(<Workspace registerBeforeLock={(fn) => ((beforeLock = fn), () => (beforeLock = null))} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Long' }));
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  const saves = () => harbor.callsTo('story:save') as SaveRequest[];
  /** Saves what is pending (as before a lock) and reads back what the vault holds. */
  const saveAndRead = async () => {
    await act(() => beforeLock!());
    return (await stories.get(created.id)).doc;
  };
  return { stories, id: created.id, editor, saves, saveAndRead };
}

/** Puts the caret at the end of the top-level block `n` and runs an edit there. */
function at(editor: Editor, n: number, edit: (e: Editor) => void) {
  act(() => {
    let end = 0;
    editor.state.doc.forEach((block, offset, index) => {
      if (index === n) end = offset + block.nodeSize - 1;
    });
    editor.commands.setTextSelection(end);
    edit(editor);
  });
}

describe('saving a long story block by block', () => {
  it('stores exactly the editor’s document after every kind of edit, sending only what changed', async () => {
    const { editor, saves, saveAndRead } = await openLongStory();
    at(editor, 20, (e) => e.commands.insertContent(' The first save sends it all.'));
    expect(await saveAndRead()).toEqual(editor.getJSON());
    expect(saves()[0]!.doc).toBeDefined();

    const edits: ((e: Editor) => void)[] = [
      (e) => e.commands.insertContent(' More words in the middle.'),
      (e) => e.commands.splitBlock(),
      (e) => e.commands.toggleHeading({ level: 2 }),
      (e) => e.commands.insertContent(' <strong>bold</strong> words'),
      (e) => e.commands.toggleBulletList(),
      (e) => e.commands.joinForward(),
      (e) => e.commands.deleteRange({ from: 1, to: e.state.doc.child(0).nodeSize + 1 }),
    ];
    for (const [n, edit] of edits.entries()) {
      at(editor, 10 + n, edit);
      expect(await saveAndRead()).toEqual(editor.getJSON());
    }
    const patched = saves().slice(1);
    expect(patched).toHaveLength(edits.length);
    for (const save of patched) {
      expect(save.doc).toBeUndefined();
      expect(save.blocks!.insert.length).toBeLessThanOrEqual(3);
    }
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
  });

  it('sends the whole document when the vault changed since the editor’s last save', async () => {
    const { stories, id, editor, saves, saveAndRead } = await openLongStory();
    at(editor, 3, (e) => e.commands.insertContent(' first'));
    await saveAndRead();
    // Something else commits a revision meanwhile (here: a change of title from elsewhere).
    await stories.update(id, { title: 'Long, renamed' });
    at(editor, 5, (e) => e.commands.insertContent(' second'));
    expect(await saveAndRead()).toEqual(editor.getJSON());
    const [, refused, whole] = saves();
    expect(refused!.blocks).toBeDefined();
    expect(whole!.doc).toEqual(editor.getJSON());
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loses nothing when every patch is refused: each save then sends the whole document', async () => {
    const { editor, saves, saveAndRead } = await openLongStory({ refusePatches: true });
    for (const n of [1, 2, 3]) {
      at(editor, n, (e) => e.commands.insertContent(` edit ${n}`));
      expect(await saveAndRead()).toEqual(editor.getJSON());
    }
    expect(saves().filter((s) => s.doc)).toHaveLength(3);
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
  });
});
