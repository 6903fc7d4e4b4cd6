import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { expectNoSidewaysScroll, expectOnScreenAndClickable } from './layout-steps';
import { shot } from './vault-steps';
import {
  backToLibrary,
  editorBody,
  newStory,
  openStory,
  pasteHtml,
  selectText,
  storedStory,
  waitSaved,
} from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

/** The text of each saved version of a story, oldest first (as JSON of its document). */
const versionTexts = (page: Page, id: string) =>
  page.evaluate(async (storyId) => {
    const list = await window.harbor.story.revisions({ id: storyId });
    if (!list.ok) return [];
    const texts = await Promise.all(
      list.value.map(async ({ revision }) => {
        const read = await window.harbor.story.revision({ id: storyId, revision });
        return read.ok ? JSON.stringify(read.value.doc) : '';
      }),
    );
    return texts.reverse();
  }, id);

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
    expect(restored.revision).toBeGreaterThan(before);
    expect(JSON.stringify(restored.doc)).toContain('The first way I told it.');
    // History is kept: the text it replaced is still a version (the sitting's delta, written whole
    // again under the next number, decision 0017), and so is the named one.
    await list.locator(`[data-revision="${restored.revision}"]`).waitFor();
    await expect(versionTexts(page, restored.id)).resolves.toEqual([
      expect.stringContaining('The first way I told it.'),
      expect.stringContaining('The second way I told it, with more.'),
      expect.stringContaining('The first way I told it.'),
    ]);
    await expect(list.locator('[data-revision]').count()).resolves.toBe(3);
    await expect(list.locator(`[data-revision="${first}"]`).textContent()).resolves.toContain('How I first said it');
  });

  it('a sitting per visit; compare marks only the changed word, with counts that match the word count', async () => {
    const { page } = app;
    await newStory(page, 'Seasons');
    await page.keyboard.type('We left the village in the spring and walked for many days.');
    await waitSaved(page);
    // Leaving the story and coming back is a new sitting, so a new version.
    await backToLibrary(page);
    await openStory(page, 'Seasons');
    await selectText(page, 'spring');
    await page.keyboard.type('winter');
    await waitSaved(page);
    const footer = await page.getByTestId('word-count').textContent();

    await page.getByRole('tab', { name: 'Versions' }).click();
    const list = page.getByRole('list', { name: 'Saved versions' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    // The comparison's choices come after the list they pick from.
    const order = await page.evaluate(() => {
      const listEl = document.querySelector('.version-list')!;
      const form = document.querySelector('.compare-form')!;
      return listEl.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    const page1 = page.getByRole('region', { name: 'Compare two versions' });
    await page1.waitFor();
    const after = page.getByTestId('diff-after');
    await after.waitFor();
    const marked = (side: 'before' | 'after', tag: 'ins' | 'del') =>
      page
        .getByTestId(`diff-${side}`)
        .locator(tag)
        .evaluateAll((els) => els.map((el) => el.lastChild?.textContent));
    await expect(marked('after', 'ins')).resolves.toEqual(['winter']);
    await expect(marked('before', 'del')).resolves.toEqual(['spring']);
    await expect(page.getByTestId('diff-summary').textContent()).resolves.toBe('1 word added ·\u00a01 word removed');
    await expect(page.getByTestId('diff-after-words').textContent()).resolves.toBe(footer);
    // Full width, side by side, the story screen out of the way.
    await expect(page.getByRole('button', { name: 'Export…' }).count()).resolves.toBe(0);
    const widths = await page
      .locator('.diff__column')
      .evaluateAll((columns) => columns.map((c) => Math.round(c.getBoundingClientRect().width)));
    expect(widths).toHaveLength(2);
    for (const width of widths) expect(width).toBeGreaterThan(400);
    await shot(page, 'workspace-08-versions-compare-page');
    await expectAxeClean(page, 'the compare page');
    // At 160 % text in a 1024×768 window the columns stack; the way back stays on screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.6'));
    await expectOnScreenAndClickable(page, page.getByRole('button', { name: 'Back to writing' }));
    await expectNoSidewaysScroll(page);
    await shot(page, 'workspace-09-versions-compare-1024-160');
    await page.evaluate(() => document.documentElement.style.removeProperty('--text-scale'));
    await page.setViewportSize({ width: 1360, height: 900 });

    // Escape is the way back, to the caret in the story.
    await page.keyboard.press('Escape');
    await page1.waitFor({ state: 'detached' });
    // Focus comes back once the story screen is drawn again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);

    // A large paste keeps the text from just before it as a version of its own.
    const kept = await versionTexts(page, (await storedStory(page, 'Seasons')).id);
    const long = Array.from({ length: 260 }, (_, i) => `line${i}`).join(' ');
    await pasteHtml(page, `<p>${long}</p>`, long);
    await page.getByText('That was a large paste: your text from just before it is kept in Versions.').waitFor();
    await waitSaved(page);
    const texts = await versionTexts(page, (await storedStory(page, 'Seasons')).id);
    // Every version before the paste is still there, the text just before it among them, and the paste after them.
    expect(texts.slice(0, kept.length)).toEqual(kept);
    expect(texts.length).toBeGreaterThan(kept.length);
    expect(texts.at(-1)).toContain('line259');
  });
});
