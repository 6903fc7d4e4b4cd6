import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { controlLayoutProblems } from './controls-layout';
import { expectAxeClean } from './harness/axe';
import { expectOnScreenAndClickable, expectNoSidewaysScroll } from './layout-steps';
import { heading, shot } from './vault-steps';
import { editorBody, newStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

const TITLE = 'The harbour at night';
const WORDS = {
  en: {
    library: 'Library',
    export: 'Export…',
    exportTitle: 'Export',
    more: 'More',
    hide: 'Hide panel',
    show: 'Show panel',
  },
  es: {
    library: 'Biblioteca',
    export: 'Exportar…',
    exportTitle: 'Exportar',
    more: 'Más',
    hide: 'Ocultar panel',
    show: 'Mostrar panel',
  },
} as const;

/** Each test starts from an empty vault: a story of a dozen lines, in a 1024×768 window. */
async function writeStory(page: Page) {
  await newStory(page, TITLE);
  await page.keyboard.type('I remember the lights on the water. '.repeat(12));
  await waitSaved(page);
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** The story screen as it is after a relaunch with these settings, scrolled to the top. */
async function openWith(page: Page, prefs: { textScale: number; theme: string; language: 'en' | 'es' }) {
  await page.evaluate((p) => window.harbor.prefs.set(p as never), prefs);
  await page.reload();
  await heading(page, WORDS[prefs.language].library);
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await editorBody(page).waitFor();
}

/**
 * The toolbar's buttons whose words break over more than one line ("Marcar como / sensible"): a
 * button that does not fit goes to the next row instead, or shows its icon alone, named as before.
 */
function toolbarWordsBroken(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.toolbar .tool')]
      .filter((button) => button.offsetParent !== null)
      .filter((button) =>
        [...button.querySelectorAll('span')].some((span) => {
          if (span.offsetParent === null || !span.textContent?.trim()) return false;
          const range = document.createRange();
          range.selectNodeContents(span);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        }),
      )
      .map((button) => button.getAttribute('aria-label') ?? button.textContent ?? ''),
  );
}

/** Nothing on top of anything, nothing cut off, at the top of the screen and at its end. */
async function expectLaidOut(page: Page, label: string) {
  for (const end of [false, true]) {
    await page.evaluate((toEnd) => {
      const main = document.querySelector('.shell__main')!;
      main.scrollTop = toEnd ? main.scrollHeight : 0;
    }, end);
    await shot(page, `${label}${end ? '-end' : ''}`);
    expect(await controlLayoutProblems(page), `${label}${end ? ', scrolled to the end' : ''}`).toEqual([]);
    await expectNoSidewaysScroll(page);
  }
}

describe('the story screen at 1024×768 with large text (WCAG 1.4.4, 1.4.10)', () => {
  const app = useWorkspaceApp();

  it('at 160 % in Spanish and the dark theme: laid out, written in, undone after the panel closes, and exported from', async () => {
    const { page } = app;
    await writeStory(page);
    await openWith(page, { textScale: 1.6, theme: 'dark', language: 'es' });
    await expectLaidOut(page, 'story-screen-1024-160-es-dark');
    expect(await toolbarWordsBroken(page)).toEqual([]);
    // The private note keeps its name (and its tooltip) when only its icon shows.
    await expect(page.getByRole('button', { name: 'Nota privada' }).isVisible()).resolves.toBe(true);

    await editorBody(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Nobody knew my name.');
    // Closing and opening the panel changes the layout, not the editor: its undo history stays.
    await page.getByRole('button', { name: WORDS.es.hide }).click();
    await page.getByRole('button', { name: WORDS.es.show }).click();
    await editorBody(page).click();
    await page.keyboard.press('Control+z');
    await expect(editorBody(page).textContent()).resolves.not.toContain('Nobody knew my name.');
    await page.keyboard.press('Control+Shift+z');
    await expect(editorBody(page).textContent()).resolves.toContain('Nobody knew my name.');

    const exportButton = page.getByRole('button', { name: WORDS.es.export });
    await exportButton.scrollIntoViewIfNeeded();
    await expectOnScreenAndClickable(page, exportButton);
    await exportButton.click();
    await heading(page, WORDS.es.exportTitle);
  });

  it('at 200 % in English and high contrast: laid out, and the folded buttons are in a More menu the keyboard can use', async () => {
    const { page } = app;
    await writeStory(page);
    await openWith(page, { textScale: 2, theme: 'high-contrast', language: 'en' });
    await expectLaidOut(page, 'story-screen-1024-200-en-hc');
    expect(await toolbarWordsBroken(page)).toEqual([]);
    await expectAxeClean(page, 'the story screen at 200 % text');

    await editorBody(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The end.');
    await waitSaved(page);
    // Heading 2 from the More menu, by keyboard: the caret's paragraph becomes a heading and the
    // caret is back in the text, so typing goes on where it was.
    // With Heading 1 (the toolbar's usual tab stop) folded away, the toolbar is still one Tab away.
    await page.getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('title'))).resolves.toMatch(/^Bold /);
    const more = page.getByRole('button', { name: WORDS.en.more });
    await more.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'More formatting' });
    await expect(
      menu.getByRole('menuitemcheckbox', { name: /^Heading 1/ }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(editorBody(page).locator('h2').textContent()).resolves.toContain('The end.');
    await page.keyboard.type(' Really.');
    await expect(editorBody(page).locator('h2').textContent()).resolves.toContain('The end. Really.');

    const exportButton = page.getByRole('button', { name: WORDS.en.export });
    await exportButton.scrollIntoViewIfNeeded();
    await expectOnScreenAndClickable(page, exportButton);
    await page.evaluate(() => window.harbor.prefs.set({ textScale: 1, theme: 'light' }));
  });
});
