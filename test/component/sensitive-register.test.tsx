import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InlineNode, ParagraphNode, StoryDoc, StoryMark } from '../../shared/core/story-doc';
import type { RequestOf } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';
import { registerFromDoc, type DetailRegister } from '../../shared/story/detail-register';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { installHarbor, type Handlers } from './harbor-stub';
import { storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const ID = 'story-register-01';
const person = (id: string): StoryMark[] => [{ type: 'sensitive', attrs: { category: 'person', id } }];
const para = (...content: InlineNode[]): ParagraphNode => ({ type: 'paragraph', content });
const text = (t: string, marks?: StoryMark[]): InlineNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };

/** "Victor Salgado" marked once as a person; a later "Victor" typed without a mark. */
const victorDoc: StoryDoc = {
  type: 'doc',
  content: [
    para(text('I worked for '), text('Victor Salgado', person('victor01')), text('.')),
    para(text('Later Victor took our papers.')),
  ],
};

async function openStory(doc: StoryDoc, saved?: DetailRegister, extra: Handlers = {}) {
  const harbor = installHarbor({
    'story:list': () => ok([summary({ id: ID, title: 'Mine' })]),
    'story:get': () => ok(storyView({ id: ID, title: 'Mine', doc, ...(saved ? { details: saved } : {}) })),
    'story:save': ({ id }) => ok(summary({ id, title: 'Mine' })),
    'story:revisions': () => ok([]),
    'story:details': () => ok(registerFromDoc(doc)),
    'story:set-details': ({ details }) => ok(details as DetailRegister),
    ...extra,
  } satisfies Handlers);
  render(<Workspace registerBeforeLock={() => () => undefined} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Mine' }));
  await screen.findByRole('textbox', { name: 'Your story' });
  const editor = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  return { harbor, editor };
}

/** The highlighted unmarked mentions as a reader sees them: pieces that touch in the text joined. */
function highlighted(): string[] {
  const { view } = (document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
  const found: string[] = [];
  let lastEnd = -1;
  for (const el of document.querySelectorAll('.ProseMirror .mention')) {
    const piece = el.textContent ?? '';
    const from = view.posAtDOM(el, 0);
    if (from === lastEnd) found[found.length - 1] += piece;
    else found.push(piece);
    lastEnd = from + piece.length;
  }
  return found;
}

const savedRegisters = (calls: unknown[]) =>
  calls.map((c) => (c as RequestOf<'story:set-details'>).details as DetailRegister);

// Each test opens the whole workspace; on a busy machine that alone can take a few seconds.
describe('sensitive-detail register in the editor', { timeout: 15_000 }, () => {
  it('highlights a later unmarked "Victor" and counts it in the panel', async () => {
    await openStory(victorDoc);
    await waitFor(() => expect(highlighted()).toEqual(['Victor']));
    const item = within(screen.getByRole('list', { name: 'Sensitive details' })).getByRole('listitem');
    expect(within(item).getByText('1 unmarked mention')).toBeTruthy();
  });

  it('turns a spelling off and adds one, saved through the bridge, and the highlights follow', async () => {
    const { harbor, editor } = await openStory(victorDoc);
    await waitFor(() => expect(highlighted()).toEqual(['Victor']));
    const item = within(screen.getByRole('list', { name: 'Sensitive details' })).getByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: /^Spellings Harbor looks for/ }));
    const spellings = within(item).getByRole('group', { name: 'Spellings of “Victor Salgado” that Harbor looks for' });

    const victor = within(spellings).getByLabelText('Victor') as HTMLInputElement;
    expect(victor.checked).toBe(true);
    fireEvent.click(victor);
    await waitFor(() => expect(harbor.callsTo('story:set-details')).toHaveLength(1));
    const [off] = savedRegisters(harbor.callsTo('story:set-details'));
    expect(off![0]!.variants.find((v) => v.text === 'Victor')).toEqual({ text: 'Victor', on: false });
    expect(off![0]!.variants.find((v) => v.text === 'Salgado')?.on).toBe(true);
    await waitFor(() => expect(highlighted()).toEqual([]));
    expect((within(spellings).getByLabelText('Victor') as HTMLInputElement).checked).toBe(false);
    expect(within(item).queryByText(/unmarked mention/)).toBeNull();

    act(() => {
      editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Then El Jefe left.');
    });
    fireEvent.change(within(item).getByLabelText('Another spelling of “Victor Salgado”'), {
      target: { value: 'el jefe' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(harbor.callsTo('story:set-details')).toHaveLength(2));
    const added = savedRegisters(harbor.callsTo('story:set-details'))[1]!;
    expect(added[0]!.variants).toContainEqual({ text: 'el jefe', on: true, added: true });
    expect(added[0]!.variants.find((v) => v.text === 'Victor')?.on).toBe(false);
    await waitFor(() => expect(highlighted()).toEqual(['El Jefe']));
    expect(within(item).getByLabelText('el jefe')).toBeTruthy();
  });

  it('keeps the choices saved with the story when it opens again', async () => {
    const saved = registerFromDoc(victorDoc).map((d) => ({
      ...d,
      variants: d.variants.map((v) => (v.text === 'Victor' ? { ...v, on: false } : v)),
    }));
    const { harbor } = await openStory(victorDoc, saved);
    const item = within(screen.getByRole('list', { name: 'Sensitive details' })).getByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: /^Spellings Harbor looks for/ }));
    expect((within(item).getByLabelText('Victor') as HTMLInputElement).checked).toBe(false);
    expect(highlighted()).toEqual([]);
    expect(harbor.callsTo('story:details')).toEqual([]);
  });

  it('puts a choice back, and says so, when it cannot be saved', async () => {
    const { harbor } = await openStory(victorDoc, undefined, {
      'story:set-details': () => fail('io', 'vault.diskFull'),
    });
    await waitFor(() => expect(highlighted()).toEqual(['Victor']));
    const item = within(screen.getByRole('list', { name: 'Sensitive details' })).getByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: /^Spellings Harbor looks for/ }));
    fireEvent.click(within(item).getByLabelText('Victor'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Harbor couldn't keep this choice, so it was put back as it was.");
    expect(alert.textContent).toContain("Your computer's disk is full, so Harbor couldn't save");
    expect(harbor.callsTo('story:set-details')).toHaveLength(1);
    expect((within(item).getByLabelText('Victor') as HTMLInputElement).checked).toBe(true);
    expect(highlighted()).toEqual(['Victor']);
  });

  it('marking a known spelling joins that detail instead of starting a new one', async () => {
    const { editor } = await openStory(victorDoc);
    await waitFor(() => expect(highlighted()).toEqual(['Victor']));
    // Positions: the second paragraph starts after the first one's size plus its opening token.
    const start = editor.state.doc.child(0).nodeSize + 1 + 'Later '.length;
    expect(editor.state.doc.textBetween(start, start + 6)).toBe('Victor');
    act(() => {
      editor
        .chain()
        .setTextSelection({ from: start, to: start + 'Victor'.length })
        .run();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sensitive' }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Person' }));

    const marks = [...document.querySelectorAll('.ProseMirror span.sensitive')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-sensitive-id')])).toEqual([
      ['Victor Salgado', 'victor01'],
      ['Victor', 'victor01'],
    ]);
    const list = screen.getByRole('list', { name: 'Sensitive details' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: 'Go to “Victor Salgado” in your story' })).toBeTruthy();
    expect(highlighted()).toEqual([]);
  });

  it('can join a detail by choice from the menu, and "Mark all" marks every unmarked mention', async () => {
    const doc: StoryDoc = {
      type: 'doc',
      content: [
        para(text('Teodoro Vance', person('vance001')), text(' ran it. Everyone called him Teo.')),
        para(text('Vance came back. Vance again.')),
      ],
    };
    const { editor } = await openStory(doc);
    await waitFor(() => expect(highlighted()).toEqual(['Vance', 'Vance']));
    const at = editor.state.doc.child(0).textContent.indexOf('Teo.') + 1;
    act(() => {
      editor
        .chain()
        .setTextSelection({ from: at, to: at + 3 })
        .run();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sensitive' }));
    const menu = screen.getByRole('menu');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Same as “Teodoro Vance”' }));
    expect(document.querySelectorAll('.ProseMirror span.sensitive[data-sensitive-id="vance001"]')).toHaveLength(2);

    const list = screen.getByRole('list', { name: 'Sensitive details' });
    expect(within(list).getByText('2 unmarked mentions')).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: 'Mark all unmarked mentions of “Teodoro Vance”' }));
    expect(highlighted()).toEqual([]);
    expect(document.activeElement).toBe(
      within(list).getByRole('button', { name: 'Go to “Teodoro Vance” in your story' }),
    );
    expect(
      [...document.querySelectorAll('.ProseMirror span.sensitive[data-sensitive-id="vance001"]')].map(
        (m) => m.textContent,
      ),
    ).toEqual(['Teodoro Vance', 'Teo', 'Vance', 'Vance']);
  });

  it('finds an unmarked mention that formatting splits across runs', async () => {
    const doc: StoryDoc = {
      type: 'doc',
      content: [
        para(text('Maria Lopez', person('maria001')), text(' helped.')),
        para(
          text('Then '),
          text('Ma', [{ type: 'bold' }]),
          { type: 'text', text: 'ria', marks: [{ type: 'italic' }] },
          text(' left.'),
        ),
      ],
    };
    await openStory(doc);
    await waitFor(() => expect(highlighted()).toEqual(['Maria']));
    const pieces = [...document.querySelectorAll('.ProseMirror .mention')];
    expect(pieces.map((p) => p.textContent)).toEqual(['Ma', 'ria']);
    expect(screen.getByText('1 unmarked mention')).toBeTruthy();
  });
});
