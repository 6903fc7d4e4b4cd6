import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StorySearchHit } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { splitForHighlight } from '../../renderer/src/features/library/highlight';
import { Workspace } from '../../renderer/src/features/library/Workspace';
import { installHarbor, type Handlers } from './harbor-stub';
import { docOf, storyView, summary } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

const STORIES = [
  summary({
    id: 'story-aaaa-0001',
    title: 'Winter',
    updatedAt: '2025-03-01T10:00:00.000Z',
    wordCount: 120,
    tags: ['hearing'],
  }),
  summary({
    id: 'story-aaaa-0002',
    title: 'Ángeles',
    updatedAt: '2025-05-01T10:00:00.000Z',
    wordCount: 40,
    tags: ['family'],
  }),
  summary({
    id: 'story-aaaa-0003',
    title: 'beginnings',
    updatedAt: '2025-04-01T10:00:00.000Z',
    wordCount: 900,
    tags: ['hearing', 'family'],
  }),
  summary({ id: 'story-aaaa-0004', title: '', updatedAt: '2025-02-01T10:00:00.000Z', wordCount: 1 }),
  summary({ id: 'story-aaaa-0005', title: 'Old draft', trashedAt: '2025-05-02T10:00:00.000Z', wordCount: 10 }),
];

function handlers(extra: Handlers = {}): Handlers {
  return { 'story:list': () => ok(STORIES), ...extra };
}

async function renderLibrary(extra: Handlers = {}) {
  const harbor = installHarbor(handlers(extra));
  render(<Workspace registerBeforeLock={() => () => undefined} />);
  await screen.findByRole('heading', { level: 1, name: 'Library' });
  const list = await screen.findByRole('list', { name: 'Your stories' });
  return { harbor, list };
}

/** The titles in the story list, top to bottom. */
function titles(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '');
}

describe('workspace library', () => {
  it('lists every story that is not in the trash, most recently edited first, with date, length and tags', async () => {
    const { list } = await renderLibrary();
    expect(titles(list)).toEqual(['Ángeles', 'beginnings', 'Winter', 'Untitled story']);
    const winter = within(list).getByRole('heading', { name: 'Winter' }).closest('li')!;
    expect(winter.textContent).toContain('120 words');
    expect(winter.textContent).toMatch(/Last edited .*2025/);
    expect(within(winter).getByRole('list', { name: 'Tags' }).textContent).toBe('hearing');
    expect(within(list).getByRole('heading', { name: 'Untitled story' }).closest('li')!.textContent).toContain(
      '1 word',
    );
    expect(list.textContent).not.toContain('Old draft');
  });

  it('writes dates and numbers the way the reader’s language does', async () => {
    const long = summary({
      id: 'story-aaaa-0009',
      title: 'Long',
      updatedAt: '2025-03-01T10:00:00.000Z',
      wordCount: 12345,
    });
    const card = async () => {
      const list = await screen.findByRole('list');
      return within(list).getByRole('heading', { name: 'Long' }).closest('li')!.textContent;
    };
    installHarbor({ 'story:list': () => ok([long]) });
    const { unmount } = render(<Workspace registerBeforeLock={() => () => undefined} />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    expect(await card()).toMatch(/Last edited Mar 1, 2025.*12,345 words/);
    unmount();

    setLanguage('es');
    installHarbor({ 'story:list': () => ok([long]) });
    render(<Workspace registerBeforeLock={() => () => undefined} />);
    await screen.findByRole('heading', { level: 1, name: 'Biblioteca' });
    expect(await card()).toMatch(/Última edición: 1 mar 2025.*12\.345 palabras/);
  });

  it('sorts by title in the reader’s alphabet (untitled last) and by length', async () => {
    const { list } = await renderLibrary();
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });
    expect(titles(list)).toEqual(['Ángeles', 'beginnings', 'Winter', 'Untitled story']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'length' } });
    expect(titles(list)).toEqual(['beginnings', 'Winter', 'Ángeles', 'Untitled story']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'edited' } });
    expect(titles(list)).toEqual(['Ángeles', 'beginnings', 'Winter', 'Untitled story']);
  });

  it('filters by tag, offering each tag once', async () => {
    const { list } = await renderLibrary();
    const tag = screen.getByLabelText('Tag') as HTMLSelectElement;
    expect(Array.from(tag.options).map((o) => o.textContent)).toEqual(['All tags', 'family', 'hearing']);
    fireEvent.change(tag, { target: { value: 'hearing' } });
    expect(titles(list)).toEqual(['beginnings', 'Winter']);
    fireEvent.change(tag, { target: { value: 'family' } });
    expect(titles(list)).toEqual(['Ángeles', 'beginnings']);
    fireEvent.change(tag, { target: { value: '' } });
    expect(titles(list)).toHaveLength(4);
  });

  it('shows search results with matched words in <mark>, built from text (never HTML)', async () => {
    const hit: StorySearchHit = {
      id: 'story-aaaa-0001',
      title: 'Winter',
      snippet: '…we walked to the harbour, <b>María</b> and I, in the cold…',
      terms: ['maria', 'harbour'],
    };
    const { harbor } = await renderLibrary({ 'story:search': () => ok([hit]) });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search your stories' }), {
      target: { value: 'maria harbour' },
    });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(harbor.callsTo('story:search')).toEqual([{ query: 'maria harbour' }]);
    const marks = Array.from(results.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['harbour', 'María']);
    // The snippet's markup stays text: no <b> element was created from it.
    expect(results.querySelector('b')).toBeNull();
    expect(results.textContent).toContain('<b>María</b>');
    expect(screen.getByText('1 story found')).toBeTruthy();
  });

  it('says plainly when nothing matches', async () => {
    await renderLibrary({ 'story:search': () => ok([]) });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'lighthouse' } });
    expect(await screen.findByText('No story contains “lighthouse”.')).toBeTruthy();
  });

  it('empties the trash only after a confirmation that says it cannot be undone', async () => {
    const { harbor } = await renderLibrary({ 'story:empty-trash': () => ok({ removed: 1 }) });
    fireEvent.click(screen.getByRole('button', { name: 'Trash (1)' }));
    expect(screen.getByRole('list', { name: 'Stories in the trash' }).textContent).toContain('Old draft');
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash…' }));
    const dialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    expect(dialog.textContent).toContain('This cannot be undone.');
    // Focus starts on the safe choice.
    // One story: "it", not "them".
    expect(dialog.textContent).toContain('Not even Harbor can bring it back.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(harbor.callsTo('story:empty-trash')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(harbor.callsTo('story:empty-trash')).toHaveLength(1));
  });
});

describe('workspace library: import', () => {
  function pick(file: File) {
    const input = screen.getByTestId('import-input') as HTMLInputElement;
    expect(input.accept).toBe('.txt,.md,.html,.docx');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  }

  it('reads the picked file as base64, sends it to story:import and opens the new story', async () => {
    const { harbor } = await renderLibrary({
      'story:import': ({ fileName }) => ok(storyView({ id: 'story-imported-1', title: fileName })),
      'story:get': () => ok(storyView({ id: 'story-imported-1', title: 'notes.txt', doc: docOf('Hola') })),
      'story:revisions': () => ok([]),
    });
    pick(new File(['Hola, mundo'], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => expect(harbor.callsTo('story:import')).toHaveLength(1));
    expect(harbor.callsTo('story:import')).toEqual([{ fileName: 'notes.txt', base64: btoa('Hola, mundo') }]);
    await screen.findByRole('textbox', { name: 'Your story' });
  });

  it('says plainly when a file cannot be imported, and that nothing changed', async () => {
    await renderLibrary({
      'story:import': () => fail('unsupported', 'import.unsupported'),
    });
    pick(new File(['x'], 'photo.png', { type: 'image/png' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Harbor couldn't import “photo.png”.");
    expect(alert.textContent).toContain('Harbor can open .txt, .md, .html and .docx files.');
    expect(alert.textContent).toContain('Nothing in your library has changed.');
  });
});

describe('search highlighting', () => {
  it('matches whole words once folded, and prefixes of three letters or more', () => {
    expect(splitForHighlight('José met MARIA at the harbour.', ['jose', 'maria', 'har'])).toEqual([
      { text: 'José', match: true },
      { text: ' met ', match: false },
      { text: 'MARIA', match: true },
      { text: ' at the ', match: false },
      { text: 'harbour', match: true },
      { text: '.', match: false },
    ]);
    expect(
      splitForHighlight('a cat', ['a'])
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['a']);
    expect(splitForHighlight('cathedral', ['ca']).some((p) => p.match)).toBe(false);
  });
});
