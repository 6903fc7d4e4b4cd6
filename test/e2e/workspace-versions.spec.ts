import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { shot } from './vault-steps';
import { editorBody, newStory, storedStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

describe('workspace: versions', () => {
  const app = useWorkspaceApp();

  it('compares two versions, names one, and restores an older one as a new version', async () => {
    const { page } = app;
    await newStory(page, 'Drafts');
    await page.keyboard.type('The first way I told it.');
    await waitSaved(page);
    const first = (await storedStory(page, 'Drafts')).revision;

    // Autosaves in one sitting fold into one version; naming this one keeps it as it is.
    await page.getByRole('tab', { name: 'Versions' }).click();
    const list = page.getByRole('list', { name: 'Saved versions' });
    const previous = list.locator(`[data-revision="${first}"]`);
    await previous.getByRole('button', { name: /^Name the version from/ }).click();
    await previous.getByLabel('Name for this version').fill('How I first said it');
    await previous.getByRole('button', { name: 'Save name' }).click();
    await list.getByText('How I first said it').waitFor();

    await editorBody(page).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('The second way I told it, with more.');
    await waitSaved(page);
    const before = (await storedStory(page, 'Drafts')).revision;
    await list.locator(`[data-revision="${before}"]`).waitFor();
    await expect(previous.textContent()).resolves.toContain('How I first said it');

    await page.getByLabel('Earlier version').selectOption(String(first));
    await page.getByLabel('Later version').selectOption(String(before));
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const after = page.getByTestId('diff-after');
    await after.waitFor();
    await expect(after.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('second')]),
    );
    await expect(page.getByTestId('diff-before').locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('first')]),
    );
    await shot(page, 'workspace-06-versions-compare');
    await expectAxeClean(page, 'comparing two versions');
    await page.getByRole('button', { name: 'Back to writing' }).click();

    // View it read-only, then restore it.
    await previous.getByRole('button', { name: /^View the version from/ }).click();
    await page.getByRole('heading', { name: 'Version “How I first said it”' }).waitFor();
    await expectAxeClean(page, 'an earlier version, read-only');
    await expect(page.locator('.writing--readonly .ProseMirror').textContent()).resolves.toBe(
      'The first way I told it.',
    );
    await expect(page.locator('.writing--readonly .ProseMirror').getAttribute('contenteditable')).resolves.toBe(
      'false',
    );
    await shot(page, 'workspace-07-version-view');
    await page.getByRole('button', { name: 'Restore this version' }).click();

    await page.getByText(/is back\. Your previous text is kept in Versions\./).waitFor();
    await expect(editorBody(page).textContent()).resolves.toBe('The first way I told it.');
    const restored = await storedStory(page, 'Drafts');
    expect(restored.revision).toBe(before + 1);
    expect(JSON.stringify(restored.doc)).toContain('The first way I told it.');
    // History is kept: the text it replaced is still a version, and so is the named one.
    await list.locator(`[data-revision="${restored.revision}"]`).waitFor();
    await expect(list.locator(`[data-revision="${before}"]`).count()).resolves.toBe(1);
    await expect(list.locator(`[data-revision="${first}"]`).textContent()).resolves.toContain('How I first said it');
  });
});
