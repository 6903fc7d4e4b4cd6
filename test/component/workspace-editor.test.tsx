import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RequestOf, StoryDoc } from '../../shared/ipc/contract';
import type { JSONContent } from '@tiptap/core';
import { fail, ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { installHarbor, type Handlers } from './harbor-stub';
import { docOf, revision, storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const ID = 'story-edit-0001';
const marked: StoryDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'I met ' },
        { type: 'text', text: 'Ana', marks: [{ type: 'sensitive', attrs: { category: 'person', id: 'd1' } }] },
        { type: 'text', text: ' in ' },
        { type: 'text', text: 'Lima', marks: [{ type: 'sensitive', attrs: { category: 'place', id: 'd2' } }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

function handlers(extra: Handlers = {}, doc = docOf('Hello there.')): Handlers {
  return {
    'story:list': () => ok([summary({ id: ID, title: 'Mine', wordCount: 2 })]),
    'story:get': () => ok(storyView({ id: ID, title: 'Mine', doc })),
    'story:save': ({ id }) => ok(summary({ id, title: 'Mine' })),
    'story:revisions': () => ok([]),
    ...extra,
  };
}

async function openEditor(extra: Handlers = {}, doc?: StoryDoc) {
  let beforeLock: (() => Promise<void>) | null = null;
  const harbor = installHarbor(handlers(extra, doc));
  render(
    <Workspace
      registerBeforeLock={(fn) => {
        beforeLock = fn;
        return () => (beforeLock = null);
      }}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  return { harbor, editor, beforeLock: () => beforeLock!() };
}

const savedDocs = (calls: unknown[]) => calls.map((c) => JSON.stringify((c as RequestOf<'story:save'>).doc));

describe('workspace editor', () => {
  it('autosaves about a second after typing stops, with the title', async () => {
    const { harbor, editor } = await openEditor();
    act(() => {
      editor.commands.insertContent(' More words');
    });
    expect(screen.getByTestId('save-state').textContent).toBe('Saving…');
    expect(harbor.callsTo('story:save')).toEqual([]);
    await waitFor(() => expect(harbor.callsTo('story:save')).toHaveLength(1), { timeout: 3000 });
    const [call] = harbor.callsTo('story:save') as RequestOf<'story:save'>[];
    expect(call).toMatchObject({ id: ID, title: 'Mine', tags: [] });
    expect(JSON.stringify(call!.doc)).toContain('More words');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
  });

  it('saves pending text at once when Harbor is about to lock', async () => {
    const { harbor, editor, beforeLock } = await openEditor();
    act(() => {
      editor.commands.insertContent(' just before the lock');
    });
    await act(() => beforeLock());
    expect(savedDocs(harbor.callsTo('story:save'))).toEqual([expect.stringContaining('just before the lock')]);
  });

  it('keeps the text and says so when a save fails, and Retry saves it', async () => {
    let failing = true;
    const { harbor, editor } = await openEditor({
      'story:save': ({ id }) => (failing ? fail('io', 'vault.diskFull') : ok(summary({ id, title: 'Mine' }))),
    });
    act(() => {
      editor.commands.insertContent(' precious words');
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toContain(
      "Harbor couldn't save your last changes. Your words are still here; Harbor will try again.",
    );
    expect(alert.textContent).toContain("Your computer's disk is full, so Harbor couldn't save");
    expect(editor.getText()).toContain('precious words');
    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect(savedDocs(harbor.callsTo('story:save')).at(-1)).toContain('precious words');
  });

  it('lists the new version in Versions once an autosave lands', async () => {
    const revisions = [revision(1, '2026-03-01T10:00:00Z')];
    const { editor } = await openEditor({
      'story:revisions': () => ok([...revisions]),
      'story:save': ({ id }) => {
        revisions.unshift(revision(2, '2026-03-02T10:00:00Z'));
        return ok(summary({ id, title: 'Mine' }));
      },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    const panel = await screen.findByRole('tabpanel');
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    act(() => {
      editor.commands.insertContent(' one more line');
    });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2), { timeout: 3000 });
  });

  it('counts words and estimates time in the status bar', async () => {
    const { editor } = await openEditor();
    expect(screen.getByTestId('word-count').textContent).toBe('2 words');
    act(() => {
      editor.commands.setContent(docOf(Array.from({ length: 260 }, () => 'word').join(' ')) as JSONContent);
    });
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('260 words'));
    expect(screen.getByText('about 2 minutes to say aloud')).toBeTruthy();
  });

  it('lists sensitive details, re-categorises and unmarks them', async () => {
    const { editor } = await openEditor({}, marked);
    const list = screen.getByRole('list', { name: 'Sensitive details' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.detail__words')?.textContent),
    ).toEqual(['Ana', 'Lima']);
    fireEvent.change(within(list).getByLabelText('Kind of detail for “Ana”'), { target: { value: 'date' } });
    expect(document.querySelector('.ProseMirror span[data-sensitive="date"]')?.textContent).toBe('Ana');
    fireEvent.click(within(list).getByRole('button', { name: 'Unmark “Lima”' }));
    expect(editor.getText()).toBe('I met Ana in Lima.');
    expect(document.querySelectorAll('.ProseMirror span.sensitive')).toHaveLength(1);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('flushes before going back to the library', async () => {
    const { harbor, editor } = await openEditor();
    act(() => {
      editor.commands.insertContent(' last words');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Back to the library' }));
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    expect(savedDocs(harbor.callsTo('story:save'))).toEqual([expect.stringContaining('last words')]);
  });
});
