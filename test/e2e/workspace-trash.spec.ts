import { describe, expect, it } from 'vitest';
import { shot } from './vault-steps';
import { backToLibrary, newStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

describe('workspace: trash', () => {
  const app = useWorkspaceApp();

  it('moves a story to the trash and brings it back; emptying asks first and cannot be undone', async () => {
    const { page } = app;
    await newStory(page, 'Keep me');
    await page.keyboard.type('Some words.');
    await waitSaved(page);
    await backToLibrary(page);
    await newStory(page, 'Let me go');
    await page.keyboard.type('Other words.');
    await waitSaved(page);
    await backToLibrary(page);

    const stories = page.getByRole('list', { name: 'Your stories' });
    await stories.getByRole('button', { name: 'Move to trash: “Let me go”' }).click();
    await page.getByText('“Let me go” is in the trash. You can bring it back from there.').waitFor();
    await expect(stories.getByRole('heading').allTextContents()).resolves.toEqual(['Keep me']);

    await page.getByRole('button', { name: 'Trash (1)' }).click();
    const trash = page.getByRole('list', { name: 'Stories in the trash' });
    await trash.getByRole('button', { name: 'Restore “Let me go”' }).click();
    await page.getByText('“Let me go” is back in your library.').waitFor();
    await page.getByRole('button', { name: 'Stories', exact: true }).click();
    await expect(stories.getByRole('heading').allTextContents()).resolves.toEqual(['Let me go', 'Keep me']);

    // Trash it again and empty the trash: a confirmation that says this cannot be undone.
    await stories.getByRole('button', { name: 'Move to trash: “Let me go”' }).click();
    await page.getByRole('button', { name: 'Trash (1)' }).click();
    await page.getByRole('button', { name: 'Empty trash…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Empty the trash?' });
    await expect(dialog.textContent()).resolves.toContain('This cannot be undone.');
    await shot(page, 'workspace-08-empty-trash');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    // Focus went back to the button that opened it.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Empty trash…');

    await page.getByRole('button', { name: 'Empty trash…' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Focus stays inside the dialog.
    await expect(page.evaluate(() => !!document.activeElement?.closest('dialog'))).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('1 story was deleted for good.').waitFor();
    await page.getByText('The trash is empty.').waitFor();
    const all = await page.evaluate(() => window.harbor.story.list({ includeTrashed: true }));
    expect(all.ok && all.value.map((s) => s.title)).toEqual(['Keep me']);
  });
});
