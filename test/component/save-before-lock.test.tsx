import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStoryService } from '../../electron/stories/index';
import { HarborError } from '../../shared/errors';
import { failWith, ok, type Result } from '../../shared/ipc/result';
import { docToPlainText } from '../../shared/story';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { quickExit } from '../../renderer/src/features/safety/quick-exit';
import { listenForLockRequests, lockVault, registerBeforeLock } from '../../renderer/src/platform/lock';
import { FakeVault } from '../support/fake-vault';
import { installHarbor } from './harbor-stub';
import { docOf } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});

let stopListening: (() => void) | null = null;
afterEach(() => {
  document.documentElement.classList.remove('quick-exit');
  stopListening?.();
  stopListening = null;
});

async function answer<T>(work: Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work);
  } catch (error) {
    if (error instanceof HarborError) return failWith(error);
    throw error;
  }
}

/**
 * A long story open in the workspace over the real story service, with the lock wired as the app
 * wires it (registerBeforeLock). A save can be held in flight, to type while it is on its way.
 */
async function openStoryWithSlowSaves() {
  const stories = createStoryService(new FakeVault());
  const paragraphs = Array.from({ length: 30 }, (_, n) => `Paragraph ${n}.`);
  const created = await stories.create({ title: 'Long', doc: docOf(...paragraphs) });
  let held: Promise<void> | null = null;
  let release: () => void = () => undefined;
  const order: string[] = [];
  let lockAsked: () => void = () => undefined;
  const lockCalled = new Promise<void>((resolve) => (lockAsked = resolve));
  const harbor = installHarbor({
    'story:list': async () => ok(await stories.list()),
    'story:get': ({ id }) => answer(stories.get(id)),
    'story:revisions': ({ id }) => answer(stories.revisions(id)),
    'story:details': ({ id }) => answer(stories.details(id)),
    'story:save': async ({ id, title, doc, blocks, tags, keep, sitting }) => {
      order.push('save');
      if (held) await held;
      const patch = { ...(title !== undefined && { title }), ...(doc && { doc }), ...(blocks && { blocks }) };
      const saved = await answer(
        stories.update(
          id,
          { ...patch, ...(tags && { tags }) },
          { autosave: keep !== true, ...(sitting && { sitting }) },
        ),
      );
      order.push('saved');
      return saved;
    },
    'vault:lock': () => {
      order.push('lock');
      lockAsked();
      return ok(undefined);
    },
    'safety:quick-exit': () => {
      order.push('quick-exit');
      return ok(undefined);
    },
  });
  let workspaceFlush: () => Promise<void> = async () => undefined;
  render(
    <Workspace
      registerBeforeLock={(fn) => {
        workspaceFlush = fn;
        return registerBeforeLock(fn);
      }}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Long' }));
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  const type = (n: number, text: string) =>
    act(() => {
      let end = 0;
      editor.state.doc.forEach((block, offset, index) => {
        if (index === n) end = offset + block.nodeSize - 1;
      });
      editor.commands.setTextSelection(end);
      editor.commands.insertContent(text);
    });
  /** Words typed and their save started (as the autosave starts it), held in flight until `land()`. */
  const typeAndStartHeldSave = async (text: string) => {
    held = new Promise<void>((resolve) => (release = resolve));
    type(2, text);
    await act(async () => {
      void workspaceFlush();
      await Promise.resolve();
    });
    expect(order).toEqual(['save']);
    expect(screen.getByTestId('save-state').dataset.state).toBe('saving');
  };
  const land = () => {
    held = null;
    release();
  };
  const stored = async () => docToPlainText((await stories.get(created.id)).doc);
  return { harbor, order, type, land, stored, typeAndStartHeldSave, lockCalled };
}

describe('the last words typed are saved, even while a save is in flight', () => {
  it('when Harbor locks', async () => {
    const s = await openStoryWithSlowSaves();
    await s.typeAndStartHeldSave(' first words');
    s.type(5, ' typed during the save');
    // Still the one save in flight: the status bar says so.
    expect(screen.getByTestId('save-state').dataset.state).toBe('saving');
    const locked = lockVault();
    s.land();
    await act(() => locked);
    expect(s.order).toEqual(['save', 'saved', 'save', 'saved', 'lock']);
    expect(await s.stored()).toContain('Paragraph 2. first words');
    expect(await s.stored()).toContain('Paragraph 5. typed during the save');
  });

  it('when the quick exit hides Harbor', async () => {
    const s = await openStoryWithSlowSaves();
    await s.typeAndStartHeldSave(' first words');
    s.type(7, ' the last thing before hiding');
    const hidden = quickExit();
    s.land();
    await act(() => hidden);
    expect(s.order).toEqual(['save', 'saved', 'save', 'saved', 'quick-exit']);
    expect(await s.stored()).toContain('Paragraph 7. the last thing before hiding');
  });

  it('when the window is closed (the main process asks the window to lock first)', async () => {
    const s = await openStoryWithSlowSaves();
    stopListening = listenForLockRequests();
    await s.typeAndStartHeldSave(' first words');
    s.type(9, ' written as the window closed');
    act(() => s.harbor.emit('vault:lock-requested', { reason: 'close' }));
    s.land();
    await act(() => s.lockCalled);
    expect(s.order).toEqual(['save', 'saved', 'save', 'saved', 'lock']);
    expect(await s.stored()).toContain('Paragraph 9. written as the window closed');
  });
});
