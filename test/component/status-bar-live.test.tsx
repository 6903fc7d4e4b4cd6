import { act, render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { Profiler, type ReactNode } from 'react';
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

const ID = 'story-live-0001';

/**
 * The story open in the workspace, inside a React Profiler that counts commits. Every React commit
 * while the text has focus walks the whole text (React notes the selection), so what changes while
 * the writer types (counts, "Saving…", "Saved") must reach the screen without one.
 */
async function openCounted() {
  let commits = 0;
  let release: (() => void) | null = null;
  const harbor = installHarbor({
    'story:list': () => ok([summary({ id: ID, title: 'Mine', wordCount: 2 })]),
    'story:get': () => ok(storyView({ id: ID, title: 'Mine', doc: docOf('Hello there.') })),
    'story:save': async ({ id }) => {
      await new Promise<void>((resolve) => (release = resolve));
      return ok(summary({ id, title: 'Mine' }));
    },
    'story:revisions': () => ok([]),
  });
  const counted = (children: ReactNode) => (
    <Profiler id="workspace" onRender={() => void (commits += 1)}>
      {children}
    </Profiler>
  );
  render(counted(<Workspace registerBeforeLock={() => () => undefined} />));
  (await screen.findByRole('button', { name: 'Mine' })).click();
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  const landSave = async () => {
    await waitFor(() => expect(release).not.toBeNull(), { timeout: 3000 });
    await act(async () => {
      release!();
      release = null;
      await Promise.resolve();
    });
  };
  return { harbor, editor, landSave, commits: () => commits, resetCommits: () => (commits = 0) };
}

const state = () => screen.getByTestId('save-state');
const words = () => screen.getByTestId('word-count').textContent;

describe('the status bar while the writer types', () => {
  it('follows the counts and the save without a React render of the editor', async () => {
    const s = await openCounted();
    expect(words()).toBe('2 words');
    expect(state().textContent).toBe('Saved');
    // A first edit turns on Undo in the toolbar (a render of its own); after that, typing changes
    // nothing React draws.
    act(() => void s.editor.commands.insertContent(' one'));
    await s.landSave();
    await waitFor(() => expect(state().dataset.state).toBe('saved'));
    await waitFor(() => expect(words()).toBe('3 words'));
    s.resetCommits();

    act(() => void s.editor.commands.insertContent(' two three'));
    expect(state().dataset.state).toBe('pending');
    expect(state().textContent).toBe('Saving…');
    await waitFor(() => expect(words()).toBe('5 words'));
    // The counts are read out under their name, as one group.
    const length = screen.getByRole('group', { name: 'Length' });
    expect(length.textContent).toContain('5 words');
    expect(length.textContent).toContain('under a minute to say aloud');
    await waitFor(() => expect(state().dataset.state).toBe('saving'), { timeout: 3000 });
    expect(state().textContent).toBe('Saving…');
    await s.landSave();
    await waitFor(() => expect(state().dataset.state).toBe('saved'));
    expect(state().textContent).toBe('Saved');
    expect(s.harbor.callsTo('story:save')).toHaveLength(2);
    expect(s.commits()).toBe(0);
  });

  it('shows the counts of the text as it is after a language change re-renders the bar', async () => {
    const s = await openCounted();
    act(() => void s.editor.commands.insertContent(' one'));
    await waitFor(() => expect(words()).toBe('3 words'));
    act(() => setLanguage('es'));
    await waitFor(() => expect(words()).toBe('3 palabras'));
    expect(state().textContent).toBe('Guardando…');
    await s.landSave();
    await waitFor(() => expect(state().textContent).toBe('Guardado'));
  });
});
