import { describe, expect, it } from 'vitest';
import { shot } from './vault-steps';
import { editorBody, markPerson, newStory, selectText, storedStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

/** Every sensitive mark in a stored document: its text and attributes. */
function marksIn(doc: unknown): { text: string; category: string; id: string }[] {
  const found: { text: string; category: string; id: string }[] = [];
  const walk = (node: {
    text?: string;
    marks?: { type: string; attrs: { category: string; id: string } }[];
    content?: unknown[];
  }) => {
    for (const mark of node.marks ?? [])
      if (mark.type === 'sensitive') found.push({ text: node.text ?? '', ...mark.attrs });
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  walk(doc as Parameters<typeof walk>[0]);
  return found;
}

describe('workspace: sensitive details', () => {
  const app = useWorkspaceApp();

  it('marks a name from the toolbar menu, lists it, re-categorises and unmarks it', async () => {
    const { page } = app;
    await newStory(page, 'People I met');
    await page.keyboard.type('On the first day I met Maria');
    await selectText(page, 'Maria');

    await page.getByRole('button', { name: 'Mark as sensitive' }).click();
    const menu = page.getByRole('menu', { name: 'What kind of detail is this?' });
    await menu.getByRole('menuitem', { name: 'Person' }).click();

    const marked = editorBody(page).locator('span.sensitive[data-sensitive]');
    await expect(marked.textContent()).resolves.toBe('Maria');
    await expect(marked.getAttribute('data-sensitive')).resolves.toBe('person');
    // Visibly highlighted.
    const background = await marked.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    const panel = page.getByRole('list', { name: 'Sensitive details' });
    await panel.getByRole('button', { name: 'Go to “Maria” in your story' }).waitFor();
    await waitSaved(page);
    expect(marksIn((await storedStory(page, 'People I met')).doc)).toMatchObject([
      { text: 'Maria', category: 'person' },
    ]);
    await shot(page, 'workspace-05-sensitive-marked');

    // Jump back to it from the panel: it becomes the selection.
    await page.keyboard.press('End');
    await panel.getByRole('button', { name: 'Go to “Maria” in your story' }).click();
    await page.waitForFunction(() => getSelection()?.toString() === 'Maria');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).resolves.toBe(true);

    await panel.getByLabel('Kind of detail for “Maria”').selectOption('place');
    await expect(marked.getAttribute('data-sensitive')).resolves.toBe('place');
    await waitSaved(page);
    expect(marksIn((await storedStory(page, 'People I met')).doc)).toMatchObject([
      { text: 'Maria', category: 'place' },
    ]);

    await panel.getByRole('button', { name: 'Unmark “Maria”' }).click();
    await expect(editorBody(page).locator('span.sensitive').count()).resolves.toBe(0);
    await page.getByText(/Nothing is marked yet/).waitFor();
    await waitSaved(page);
    const stored = await storedStory(page, 'People I met');
    expect(marksIn(stored.doc)).toEqual([]);
    expect(JSON.stringify(stored.doc)).toContain('On the first day I met Maria');
  });

  it('finds a detail and its unmarked mentions where they are after typing before them, and keeps focus after marking them', async () => {
    const { page } = app;
    await newStory(page, 'The crossing');
    await page.keyboard.type('Victor drove the van. Later Victor left us at the border.');
    await markPerson(page, 'Victor');
    const detail = page.getByRole('list', { name: 'Sensitive details' }).getByRole('listitem').first();
    await detail.getByText('1 unmarked mention').waitFor();

    // Words typed at the very start move both the marked name and the later mention along.
    await page.evaluate(() =>
      (
        document.querySelector('.ProseMirror') as unknown as { editor: { commands: { focus(at: 'start'): void } } }
      ).editor.commands.focus('start'),
    );
    await page.keyboard.type('That night, ');
    await detail.getByRole('button', { name: 'Go to “Victor” in your story' }).click();
    await page.waitForFunction(() => getSelection()?.toString() === 'Victor');
    const selectedAt = () =>
      page.evaluate(() => {
        const { editor } = document.querySelector('.ProseMirror') as unknown as {
          editor: { state: { selection: { from: number }; doc: { textBetween(a: number, b: number): string } } };
        };
        return editor.state.doc.textBetween(1, editor.state.selection.from);
      });
    await expect(selectedAt()).resolves.toBe('That night, ');

    await detail.getByRole('button', { name: 'Show next unmarked mention of “Victor”' }).click();
    await page.waitForFunction(() => getSelection()?.toString() === 'Victor');
    await expect(selectedAt()).resolves.toBe('That night, Victor drove the van. Later ');

    // Marking them all takes the button away; focus stays on this detail, not lost to the page.
    await detail.getByRole('button', { name: 'Mark all unmarked mentions of “Victor”' }).click();
    await detail.getByText(/unmarked mention/).waitFor({ state: 'detached' });
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName),
    ).resolves.toBe('Go to “Victor” in your story');
  });

  it('marks with the keyboard shortcut (Ctrl+Shift+S)', async () => {
    const { page } = app;
    await newStory(page, 'Places');
    await page.keyboard.type('We lived near Elm Street');
    await selectText(page, 'Elm Street');
    await page.keyboard.press('Control+Shift+S');
    const marked = editorBody(page).locator('span.sensitive[data-sensitive]');
    await expect(marked.textContent()).resolves.toBe('Elm Street');
    await expect(marked.getAttribute('data-sensitive')).resolves.toBe('other');
    await waitSaved(page);
    expect(marksIn((await storedStory(page, 'Places')).doc)).toMatchObject([{ text: 'Elm Street', category: 'other' }]);
  });
});
