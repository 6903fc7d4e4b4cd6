import { describe, expect, it } from 'vitest';
import { heading, lockFromShell, shot, unlock } from './vault-steps';
import {
  backToLibrary,
  editorBody,
  newStory,
  openStory,
  storedStory,
  waitSaved,
  WORKSPACE_PASSPHRASE,
} from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

describe('workspace: writing, saving and finding a story', () => {
  // Each test starts on an empty library with the launch's settings: they pass in any order.
  const app = useWorkspaceApp();

  it('saves what is typed, and the text is intact after lock and unlock', async () => {
    const { page } = app;
    await shot(page, 'workspace-01-library-empty');
    await newStory(page, 'The harbour at night');
    await page.keyboard.type('I remember the lights on the water.');
    // The bar's box is sized for both words: what is seen and read is only the one that is true now.
    const saveWords = () =>
      page.getByTestId('save-state').evaluate((el: HTMLElement) => ({ state: el.dataset.state, seen: el.innerText }));
    const typing = await saveWords();
    expect(typing.seen).toBe(typing.state === 'saved' ? 'Saved' : 'Saving…');
    await waitSaved(page);
    await expect(saveWords()).resolves.toEqual({ state: 'saved', seen: 'Saved' });
    await expect(page.getByTestId('save-state').ariaSnapshot()).resolves.toBe('- paragraph: Saved');
    await expect(page.getByTestId('word-count').textContent()).resolves.toBe('7 words');
    await shot(page, 'workspace-02-editor-saved');

    // Typed just before locking, with no pause for the autosave: locking saves it first.
    await page.keyboard.type(' Nobody knew my name.');
    await lockFromShell(page);
    await unlock(page, WORKSPACE_PASSPHRASE);
    await heading(page, 'Library');
    await openStory(page, 'The harbour at night');
    await expect(editorBody(page).textContent()).resolves.toBe(
      'I remember the lights on the water. Nobody knew my name.',
    );

    // A new paragraph stands apart from the last: a visible gap between them, not one block of lines.
    await editorBody(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The second paragraph.');
    const [first, second] = await editorBody(page)
      .locator('p')
      .evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()));
    const lineHeight = await editorBody(page)
      .locator('p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect(second!.top - first!.bottom).toBeGreaterThan(lineHeight / 3);
  });

  it('keeps a private note, styled as a note to self, through save and reload', async () => {
    const { page } = app;
    await newStory(page, 'Notes and words');
    await page.keyboard.type('This part is for the hearing.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+n');
    await page.keyboard.type('Ask Ana about the dates before I share this.');
    await waitSaved(page);

    await page.reload();
    await heading(page, 'Library');
    await openStory(page, 'Notes and words');
    const note = editorBody(page).locator('aside.private-note');
    await expect(note.textContent()).resolves.toBe('Ask Ana about the dates before I share this.');
    const label = await note.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain('Note to self — never exported');
    const stored = await storedStory(page, 'Notes and words');
    expect(JSON.stringify(stored.doc)).toContain('"type":"privateNote"');
    await shot(page, 'workspace-03-private-note');
  });

  it('finds a word typed earlier, with the match highlighted', async () => {
    const { page } = app;
    await newStory(page, 'The keeper');
    await page.keyboard.type('My grandmother kept a lighthouse on the coast.');
    await waitSaved(page);
    await backToLibrary(page);

    await page.getByRole('searchbox', { name: 'Search your stories' }).fill('lighthouse');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    await expect(results.getByRole('listitem').count()).resolves.toBe(1);
    await expect(results.getByRole('heading').textContent()).resolves.toBe('The keeper');
    await expect(results.locator('mark').first().textContent()).resolves.toBe('lighthouse');
    await shot(page, 'workspace-04-search');

    await results.getByRole('button', { name: 'The keeper' }).click();
    await expect(editorBody(page).textContent()).resolves.toContain('lighthouse');
  });

  it('"Library" in the left rail leaves an open story for the list, with the last words saved', async () => {
    const { page } = app;
    await newStory(page, 'Left by the rail');
    await page.keyboard.type('Typed just before leaving.');
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await expect(editorBody(page).count()).resolves.toBe(0);
    await expect
      .poll(async () => JSON.stringify((await storedStory(page, 'Left by the rail')).doc))
      .toContain('Typed just before leaving.');
  });

  it('adds a prompt as a heading, and "Take a break" saves and locks at once', async () => {
    const { page } = app;
    await newStory(page, 'With a prompt');
    await page.getByRole('tab', { name: 'Prompts' }).click();
    await page.getByRole('button', { name: 'Add as a heading: “What would have helped you?”' }).click();
    await expect(editorBody(page).locator('h2').textContent()).resolves.toBe('What would have helped you?');
    // The caret waits on the line below the heading.
    await page.keyboard.type('Someone who listened.');
    await page.getByRole('button', { name: 'Skip “What change would make a difference?”' }).click();
    await expect(page.getByText('What change would make a difference?').count()).resolves.toBe(0);
    await shot(page, 'workspace-10-prompts');

    // No pause for the autosave: the break saves first, then locks.
    await page.getByRole('button', { name: 'Take a break' }).click();
    await heading(page, 'Welcome back');
    await unlock(page, WORKSPACE_PASSPHRASE);
    await heading(page, 'Library');
    await openStory(page, 'With a prompt');
    await expect(editorBody(page).textContent()).resolves.toBe('What would have helped you?Someone who listened.');
  });
});
