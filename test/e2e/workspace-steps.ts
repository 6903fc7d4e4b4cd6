/** Steps shared by the workspace-*.spec.ts files: a real vault, the real story handlers, driven through the UI. */
import type { Page } from 'playwright-core';
import type { StoryView } from '../../shared/ipc/contract';
import { launchHarbor, type HarborApp, type LaunchOptions } from './harness/launch';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freshDataDir, heading, removeDataDir } from './vault-steps';

export const WORKSPACE_PASSPHRASE = 'correct horse battery staple';

export interface WorkspaceApp extends HarborApp {
  dispose(): Promise<void>;
  /**
   * Back to the state the launch left: the settings it started with, an empty new vault (the old
   * one locked and deleted, exports too) and the library on screen, without a new browser.
   */
  reset(): Promise<void>;
}

/** Launches Harbor on a fresh profile with a vault made through the bridge, opened on the library. */
export async function launchWithVault(options: Omit<LaunchOptions, 'dataDir'> = {}): Promise<WorkspaceApp> {
  const dataDir = await freshDataDir();
  const app = await launchHarbor({ ...options, dataDir });
  const createVault = async () => {
    const created = await app.page.evaluate(
      (passphrase) => window.harbor.vault.create({ passphrase, recoveryKey: false }),
      WORKSPACE_PASSPHRASE,
    );
    if (!created.ok) throw new Error(`vault:create failed: ${created.error.message}`);
    await app.page.reload();
    await heading(app.page, 'Library');
  };
  await createVault();
  const started = await app.page.evaluate(() => window.harbor.prefs.get());
  if (!started.ok) throw new Error('prefs:get failed');
  const { windowBounds: _bounds, ...settings } = started.value;
  return {
    ...app,
    reset: async () => {
      const { page } = app;
      const status = await page.evaluate(() => window.harbor.vault.status());
      if (status.ok && status.value.unlocked) {
        // Locking makes the main process reload the window: wait for the new page, not a guess.
        await page.evaluate(() => {
          (window as unknown as { beforeReset?: boolean }).beforeReset = true;
        });
        await page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined); // the reload may win
        await page.waitForFunction(
          () => !(window as unknown as { beforeReset?: boolean }).beforeReset && document.readyState === 'complete',
        );
      }
      await page.waitForFunction(() => typeof window.harbor?.prefs?.set === 'function');
      const restored = await app.page.evaluate((prefs) => window.harbor.prefs.set(prefs), settings);
      if (!restored.ok) throw new Error(`prefs:set failed: ${restored.error.message}`);
      await rm(path.join(dataDir, 'vault'), { recursive: true, force: true });
      await rm(app.exportsDir, { recursive: true, force: true });
      await createVault();
    },
    dispose: async () => {
      await app.page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined);
      await app.close();
      await removeDataDir(dataDir);
    },
  };
}

export const editorBody = (page: Page) => page.locator('.ProseMirror');
export const saveState = (page: Page) => page.getByTestId('save-state');

/**
 * From the library: "New story" (or, in an empty library, its one "Start a new story" button), a
 * title, then Enter moves the caret into the (empty) text.
 */
export async function newStory(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /^(New story|Start a new story)$/ }).click();
  const titleField = page.getByRole('textbox', { name: 'Title' });
  await titleField.waitFor();
  await titleField.fill(title);
  await titleField.press('Enter');
  await editorBody(page).waitFor();
}

/** Waits until a save has landed after the last change (typing sets the state to pending at once). */
export async function waitSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout });
}

export async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await heading(page, 'Library');
}

/** Opens a story from the library list by its title. */
export async function openStory(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Your stories' }).getByRole('button', { name: title, exact: true }).click();
  await editorBody(page).waitFor();
}

/** The stored story, as story:get answers it (after the last save). */
export async function storedStory(page: Page, title: string): Promise<StoryView> {
  return page.evaluate(async (wanted) => {
    const list = await window.harbor.story.list();
    if (!list.ok) throw new Error(list.error.message);
    const found = list.value.find((s) => s.title === wanted);
    if (!found) throw new Error(`No story titled ${wanted}`);
    const story = await window.harbor.story.get({ id: found.id });
    if (!story.ok) throw new Error(story.error.message);
    return story.value;
  }, title);
}

/**
 * Selects the first occurrence of `words` in the story, through the editor's own commands (TipTap
 * keeps its editor on the ProseMirror element), which is steadier than Shift+Arrow presses.
 */
export async function selectText(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    type Pm = {
      editor: {
        state: {
          doc: { descendants(fn: (n: { isText: boolean; text?: string }, pos: number) => boolean | void): void };
        };
        chain(): { focus(): { setTextSelection(r: { from: number; to: number }): { run(): boolean } } };
      };
    };
    const { editor } = document.querySelector('.ProseMirror') as unknown as Pm;
    let from = -1;
    editor.state.doc.descendants((node, pos) => {
      if (from >= 0 || !node.isText) return from < 0;
      const at = node.text!.indexOf(wanted);
      if (at >= 0) from = pos + at;
      return false;
    });
    if (from < 0) throw new Error(`"${wanted}" is not in the story`);
    editor
      .chain()
      .focus()
      .setTextSelection({ from, to: from + wanted.length })
      .run();
  }, words);
}

/** Marks the first occurrence of `words` as a person's name, the way a writer does from the toolbar. */
export async function markPerson(page: Page, words: string): Promise<void> {
  await selectText(page, words);
  await page.getByRole('button', { name: 'Mark as sensitive' }).click();
  await page
    .getByRole('menu', { name: 'What kind of detail is this?' })
    .getByRole('menuitem', { name: 'Person' })
    .click();
}

/** Pastes clipboard HTML (and a plain-text fallback) into the story, as a paste from another program would. */
export async function pasteHtml(page: Page, html: string, plain = 'plain fallback'): Promise<void> {
  await page.evaluate(
    ([html, plain]) => {
      const data = new DataTransfer();
      data.setData('text/html', html!);
      data.setData('text/plain', plain!);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('.ProseMirror')!.dispatchEvent(event);
    },
    [html, plain],
  );
}
