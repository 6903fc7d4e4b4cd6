import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAxeClean } from './harness/axe';
import { clearFindings, grantConsent } from './consent-steps';
import { expectNoSidewaysScroll, expectOnScreenAndClickable } from './layout-steps';
import { seedConsent, seedExport, seedStory, seedStoryWithConsent, showLibrary } from './seed-steps';
import { useWorkspaceApp } from './use-workspace-app';
import { heading, lockFromShell, unlock } from './vault-steps';
import { backToLibrary, newStory, waitSaved, WORKSPACE_PASSPHRASE } from './workspace-steps';

const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

/** Tab and Shift+Tab round the dialog more times than it has controls: focus never leaves it. */
async function expectFocusTrapped(page: Page): Promise<void> {
  expect(await focusInDialog(page)).toBe(true);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await focusInDialog(page), `after ${key}`).toBe(true);
  }
}

const AUDIENCE = 'Riverside Legal Aid';
const PURPOSE = 'a letter to the housing committee';
const RIVER = { title: 'The river crossing', text: 'We crossed the river at night with Tomás and two others.' };

/** Settings, from wherever the test is. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await heading(page, 'Settings');
}

/**
 * The screens a11y-screens.spec.ts does not reach: a story's whole export flow, sharing with an
 * advocate, the Trash and its confirmation, the sharing history and withdrawing a consent, the
 * disguised lock screen, Spanish, and the erased-vault screen; and the preferences that change how
 * every screen looks (reduced motion, text size).
 */
describe('accessibility (axe, focus, motion, text size) along the flows', () => {
  // Each test starts from an empty vault on the library and makes what it needs through the bridge.
  const app = useWorkspaceApp();

  it('a story’s export, step by step, to the Exported screen', async () => {
    const { page } = app;
    await newStory(page, RIVER.title);
    await page.keyboard.type(RIVER.text);
    await waitSaved(page);
    await grantConsent(page, { audience: AUDIENCE, purpose: PURPOSE });
    await expectAxeClean(page, 'consent panel with a consent');

    await page.getByRole('button', { name: 'Export…' }).first().click();
    await page.getByRole('button', { name: "I'm ready to continue" }).waitFor();
    await expectAxeClean(page, 'export: reflection');
    await page.getByRole('button', { name: "I'm ready to continue" }).click();
    await page.getByRole('heading', { name: 'Choose a consent' }).waitFor();
    await expectAxeClean(page, 'export: choose a consent');
    await page.getByRole('radio', { name: new RegExp(AUDIENCE) }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Details that might identify someone' }).waitFor();
    await expectAxeClean(page, 'export: identifying details');
    await clearFindings(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'What leaves Harbor' }).waitFor();
    // The compare has the page to itself: no story toolbar with a second "Export…", and two
    // columns each wide enough for a line of text.
    await expect(page.getByRole('button', { name: 'Export…' }).count()).resolves.toBe(0);
    await page.getByTestId('export-preview').waitFor();
    const widths = await page
      .locator('.side-by-side__column')
      .evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().width));
    expect(widths).toHaveLength(2);
    for (const width of widths) expect(width).toBeGreaterThan(400);
    await expectAxeClean(page, 'export: what leaves Harbor');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'File' }).waitFor();
    await expectAxeClean(page, 'export: file');
    await page.getByRole('radio', { name: 'Word (DOCX)' }).check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('heading', { name: 'Exported' }).waitFor({ timeout: 30_000 });
    await expectAxeClean(page, 'export: exported');
    await page.getByRole('button', { name: 'Back to writing' }).first().click();
  });

  it('sharing with an advocate, to the share code', async () => {
    const { page } = app;
    await seedStoryWithConsent(page, RIVER, { audience: AUDIENCE, purpose: PURPOSE });
    await page.getByRole('button', { name: 'Share with an advocate' }).click();
    await page.getByRole('heading', { name: 'Share with an advocate' }).waitFor();
    await page.getByRole('radio', { name: new RegExp(AUDIENCE) }).check();
    await expectAxeClean(page, 'share with an advocate');
    await page.getByRole('button', { name: 'Make the package' }).click();
    await page.getByTestId('share-code').waitFor({ timeout: 30_000 });
    await expectAxeClean(page, 'share: the share code');
    await page.getByRole('button', { name: 'Done' }).click();
  });

  it('sharing at 160% text in a 1280×800 window: every button on screen and clickable, nothing scrolls sideways', async () => {
    const { page } = app;
    await seedStoryWithConsent(page, RIVER, { audience: AUDIENCE, purpose: PURPOSE });
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const standard = await size();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await page.getByLabel('Text size').selectOption('1.6');
    await expect.poll(size).toBeCloseTo(standard * 1.6, 0);
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await page
      .getByRole('list', { name: 'Your stories' })
      .getByRole('button', { name: RIVER.title, exact: true })
      .click();
    await page.getByRole('button', { name: 'Share with an advocate' }).press('Enter');
    await heading(page, 'Share with an advocate');
    await page.getByRole('radio', { name: new RegExp(AUDIENCE) }).check();
    await page.getByRole('checkbox', { name: 'Let the advocate see a title' }).check();
    await page.getByLabel('Title the advocate will see').fill('A crossing');
    // Who the advocate may pass it on to, from the chosen consent's own terms.
    await page
      .getByText(
        /^The advocate may pass it to Riverside Legal Aid for a letter to the housing committee, until \d+ \w+ \d{4}\.$/,
      )
      .waitFor();
    // Whatever the page scrolled to for the title field, the actions stay in reach.
    for (const name of ['Make the package', 'Cancel']) {
      await expectOnScreenAndClickable(page, page.getByRole('button', { name, exact: true }));
    }
    await page.getByRole('checkbox', { name: 'Let the advocate see a title' }).scrollIntoViewIfNeeded();
    await expectOnScreenAndClickable(page, page.getByRole('checkbox', { name: 'Let the advocate see a title' }));
    await expectNoSidewaysScroll(page);
    await expectAxeClean(page, 'share with an advocate at 160% text');
    await page.getByRole('button', { name: 'Make the package' }).click();
    await page.getByTestId('share-code').waitFor({ timeout: 30_000 });
    await expectOnScreenAndClickable(page, page.getByRole('button', { name: 'Done', exact: true }));
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').selectOption('1');
    await expect.poll(size).toBeCloseTo(standard, 0);
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('the sharing history with an export, and the withdraw dialog: focus moved in, kept in, given back', async () => {
    const { page } = app;
    const storyId = await seedStory(page, RIVER.title, RIVER.text);
    const grantId = await seedConsent(page, storyId, AUDIENCE, PURPOSE);
    await seedExport(page, { storyId, grantId }, ['Tomás']);
    await showLibrary(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Sharing history' }).click();
    await heading(page, 'Sharing history');
    await page.getByText(AUDIENCE).first().waitFor();
    await expectAxeClean(page, 'sharing history (one export)');
    const opener = page.getByRole('button', { name: `Withdraw consent: ${AUDIENCE}` });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this consent?' });
    await dialog.waitFor();
    await expectAxeClean(page, 'withdraw dialog');
    await expectFocusTrapped(page);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      `Withdraw consent: ${AUDIENCE}`,
    );
  });

  it('the Trash and the empty-trash confirmation', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await newStory(page, 'A draft to let go');
    await waitSaved(page);
    await backToLibrary(page);
    await page.getByRole('button', { name: 'Move to trash: “A draft to let go”' }).click();
    await page.getByRole('button', { name: 'Trash (1)' }).click();
    await page.getByRole('button', { name: 'Empty trash…' }).waitFor();
    await expectAxeClean(page, 'trash');
    await page.getByRole('button', { name: 'Empty trash…' }).click();
    await page.getByRole('dialog', { name: 'Empty the trash?' }).waitFor();
    await expectAxeClean(page, 'empty-trash dialog');
    await expectFocusTrapped(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('search results, and Settings showing a wrong passphrase', async () => {
    const { page } = app;
    await seedStory(page, RIVER.title, RIVER.text);
    await showLibrary(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await page.getByRole('searchbox', { name: 'Search your stories' }).fill('river');
    await page.locator('mark').first().waitFor();
    await expectAxeClean(page, 'search results');
    await page.getByRole('searchbox', { name: 'Search your stories' }).fill('');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    const area = page.getByRole('region', { name: 'Passphrase' });
    await area.getByLabel('Your current passphrase').fill('not it');
    await area.getByLabel('New passphrase').fill('a whole new sentence for this');
    await area.getByLabel('Type it again').fill('a whole new sentence for this');
    await area.getByRole('button', { name: 'Change passphrase' }).click();
    await area.getByRole('alert').waitFor({ timeout: 30_000 });
    await expectAxeClean(page, 'settings: a wrong passphrase');
  });

  it('reduced motion: no animation or transition runs while the system asks for less motion', async () => {
    const { page } = app;
    const motion = () =>
      page.evaluate(() => {
        const bar = document.createElement('div');
        bar.className = 'busy__bar';
        const button = document.createElement('button');
        button.className = 'button';
        document.body.append(bar, button);
        const result = {
          animation: getComputedStyle(bar).animationName,
          transition: getComputedStyle(button).transitionDuration,
        };
        bar.remove();
        button.remove();
        return result;
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await motion();
    // The check can fail: without the preference, the busy bar does animate.
    expect(moving.animation).not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await motion();
    expect(still.animation).toBe('none');
    expect(still.transition.split(',').every((d) => d.trim() === '0s')).toBe(true);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('text size: 160% makes the words larger everywhere and the library still fits without sideways scrolling', async () => {
    const { page } = app;
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const standard = await size();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await page.getByLabel('Text size').selectOption('1.6');
    await expect.poll(size).toBeCloseTo(standard * 1.6, 0);
    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page, 'library at 160% text');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').selectOption('1');
    await expect.poll(size).toBeCloseTo(standard, 0);
  });

  it('in Spanish: the library, settings and the disguised lock screen', async () => {
    const { page } = app;
    await openSettings(page);
    await page.getByRole('region', { name: 'Language' }).getByLabel('Español').check();
    await heading(page, 'Ajustes');
    await expectAxeClean(page, 'settings (es)');
    await page.getByLabel('Mostrar "Notas" en lugar del nombre real').check();
    await page.getByRole('navigation').getByRole('button', { name: 'Biblioteca' }).click();
    await heading(page, 'Biblioteca');
    await expectAxeClean(page, 'library (es)');
    await page.getByRole('banner').getByRole('button', { name: 'Bloquear' }).click();
    await page.getByRole('button', { name: 'Desbloquear' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expectAxeClean(page, 'lock screen, disguised (es)');
    await page.getByLabel(/^Frase de contraseña/).fill(WORKSPACE_PASSPHRASE);
    await page.getByRole('button', { name: 'Desbloquear' }).click();
    await heading(page, 'Biblioteca');
    await page.getByRole('navigation').getByRole('button', { name: 'Ajustes' }).click();
    await page.getByLabel('Mostrar "Notas" en lugar del nombre real').uncheck();
    await page.getByRole('region', { name: 'Idioma' }).getByLabel('English').check();
    await heading(page, 'Settings');
  });

  it('the screen after the vault erased itself', async () => {
    const { page } = app;
    await openSettings(page);
    const section = page.getByRole('region', {
      name: 'Erase this vault after too many wrong tries',
    });
    await section.getByLabel('Erase this vault after too many wrong tries').selectOption('5');
    await expectAxeClean(page, 'settings: turning erase-after on');
    await section.getByLabel('Your current passphrase').fill(WORKSPACE_PASSPHRASE);
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section.getByText('This vault will be erased after 5 wrong tries in a row.').waitFor();
    await lockFromShell(page);
    for (let n = 1; n <= 5; n++) {
      await expect.poll(() => page.getByRole('button', { name: 'Unlock' }).isEnabled(), { timeout: 15_000 }).toBe(true);
      await unlock(page, `not the passphrase ${n}`);
      if (n < 5) await page.getByRole('alert').filter({ hasText: "doesn't open this vault" }).waitFor();
    }
    await heading(page, 'This vault has been erased');
    await expectAxeClean(page, 'vault erased');
  });
});
