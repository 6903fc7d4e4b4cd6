import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { expectNoSidewaysScroll, expectOnScreenAndClickable } from './layout-steps';
import { builderStep, prepareTestimony, sectionText, waitTestimonySaved } from './testimony-steps';
import { shot } from './vault-steps';
import { newStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

describe('practice: the whole window, and Escape leaves', () => {
  const app = useWorkspaceApp();

  it('covers the rail and header, keeps every control on screen at 160 % text, and Escape goes back with focus', async () => {
    const { page } = app;
    await newStory(page, 'At the market');
    await page.keyboard.type('I sold bread at the market before dawn.');
    await waitSaved(page);
    await prepareTestimony(page, 'Spoken testimony script');
    await builderStep(page, 'Write');
    await sectionText(page, 'Greeting').fill('Good morning, Chair and members of the committee.');
    await sectionText(page, 'My story').fill(Array.from({ length: 300 }, (_, i) => `word${i}`).join(' '));
    await waitTestimonySaved(page);

    await builderStep(page, 'Practice');
    const practice = page.getByRole('region', { name: 'Practice out loud' });
    await practice.waitFor();
    // The whole window: the rail and the header (Lock, the testimony's own steps) are covered.
    const box = await practice.boundingBox();
    const window = page.viewportSize()!;
    expect(box).toMatchObject({ x: 0, y: 0, width: window.width, height: window.height });
    const covered = await page.evaluate(() =>
      ['.shell__header', '.shell__body nav'].map((selector) => {
        const el = document.querySelector(selector)!;
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { underPractice: !!hit?.closest('.practice-screen'), outOfReach: !!el.closest('[inert]') };
      }),
    );
    expect(covered).toEqual([
      { underPractice: true, outOfReach: true },
      { underPractice: true, outOfReach: true },
    ]);
    await expectAxeClean(page, 'practice, full screen');

    for (const size of [
      { width: 1024, height: 768 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      for (const scale of ['1', '1.6']) {
        await page.evaluate((s) => document.documentElement.style.setProperty('--text-scale', s), scale);
        await shot(page, `practice-${size.width}x${size.height}-${scale === '1' ? 100 : 160}`);
        for (const name of ['Start', 'Start over', 'Leave practice'])
          await expectOnScreenAndClickable(page, page.getByRole('button', { name, exact: true }));
        // The shell's Quick exit is covered, so practice carries its own.
        await expectOnScreenAndClickable(page, practice.getByRole('button', { name: 'Quick exit' }));
        await expectOnScreenAndClickable(page, page.getByLabel('Scrolling speed'));
        await expectOnScreenAndClickable(page, page.getByTestId('practice-clock'));
        await expectNoSidewaysScroll(page);
      }
    }
    await page.evaluate(() => document.documentElement.style.removeProperty('--text-scale'));

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await practice.waitFor({ state: 'detached' });
    // Back where practice was opened from, focus on the step that opened it.
    await page.getByRole('textbox', { name: 'Your text for “Greeting”' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^\d+\. Practice$/);
    await expect(page.evaluate(() => document.querySelector('[inert]') === null)).resolves.toBe(true);
  });
});
