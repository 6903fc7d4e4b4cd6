import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchHarbor, type HarborApp } from './harness/launch';
import { seedStory } from './seed-steps';
import { freshDataDir, heading, lockFromShell, PASSPHRASE, removeDataDir, unlock } from './vault-steps';
import { builderStep, sectionText, waitTestimonySaved } from './testimony-steps';
import { backToLibrary, editorBody, newStory, openStory, waitSaved } from './workspace-steps';

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const MARKET = { title: 'A morning at the market', text: 'We walked to the market before dawn.' };

describe.each(THEMES)('accessibility (axe) in the %s theme', (theme) => {
  let dataDir: string;
  let app: HarborApp;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    app = await launchHarbor({ dataDir, prefs: { theme } });
    await app.page.setViewportSize({ width: 1360, height: 900 });
  });
  afterAll(async () => {
    await app.page.evaluate(() => window.harbor.vault.lock()).catch(() => undefined);
    await app.close();
    await removeDataDir(dataDir);
  });

  /**
   * After the tests above, the vault first run made, unlocked. Run alone, a test starts on first
   * run: the vault (with a recovery key, as first run makes it here) is made through the bridge.
   */
  async function unlockedVault(): Promise<void> {
    const { page } = app;
    const status = await page.evaluate(() => window.harbor.vault.status());
    if (status.ok && status.value.exists) return;
    const created = await page.evaluate(
      (passphrase) => window.harbor.vault.create({ passphrase, recoveryKey: true }),
      PASSPHRASE,
    );
    if (!created.ok) throw new Error(`vault:create failed: ${created.error.message}`);
    await page.reload();
    await heading(page, 'Library');
  }

  /** The story the editor test writes; run alone, made through the bridge. Open in the editor with `open`. */
  async function marketStory(open: boolean): Promise<void> {
    const { page } = app;
    await unlockedVault();
    const stories = await page.evaluate(() => window.harbor.story.list());
    if (!stories.ok) throw new Error(`story:list failed: ${stories.error.message}`);
    if (stories.value.some((s) => s.title === MARKET.title)) return;
    await seedStory(page, MARKET.title, MARKET.text);
    await page.reload();
    await heading(page, 'Library');
    if (open) await openStory(page, MARKET.title);
  }

  it('first run, step by step', async () => {
    const { page } = app;
    await heading(page, 'Welcome to Harbor');
    await expectAxeClean(page, 'first run: language');
    await page.getByRole('button', { name: 'Get started' }).click();
    await heading(page, 'Before you begin');
    await expectAxeClean(page, 'first run: about');
    await page.getByRole('button', { name: 'Safety guide' }).click();
    await heading(page, 'Safety guide');
    await expectAxeClean(page, 'first run: safety guide');
    await page.getByRole('button', { name: 'Back' }).click();
    await heading(page, 'Before you begin');
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'A less noticeable name, if you want one');
    await expectAxeClean(page, 'first run: disguise');
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Choose a passphrase');
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill('not the same');
    await page.getByText(/^Strength:/).waitFor();
    await expectAxeClean(page, 'first run: passphrase (mismatch shown)');
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'A recovery key, if you want one');
    await expectAxeClean(page, 'first run: recovery offer');
    await page.getByRole('button', { name: 'Create a recovery key' }).click();
    await heading(page, 'Your recovery key');
    await expectAxeClean(page, 'first run: recovery key');
    await page.getByLabel('I have put it somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Library');
    await expectAxeClean(page, 'library (empty)');
  });

  it('the story editor and each of its side panels', async () => {
    const { page } = app;
    await unlockedVault();
    await newStory(page, MARKET.title);
    await editorBody(page).pressSequentially(MARKET.text);
    await waitSaved(page);
    await expectAxeClean(page, 'editor');
    for (const tab of ['Sensitive details', 'Versions', 'Prompts']) {
      const tabButton = page.getByRole('tab', { name: tab });
      if (await tabButton.count()) {
        await tabButton.click();
        await expectAxeClean(page, `editor with the ${tab} panel`);
      }
    }
  });

  it('the library with a story, shared stories, sharing history, settings and the safety guide', async () => {
    const { page } = app;
    await marketStory(true);
    await backToLibrary(page);
    await expectAxeClean(page, 'library (one story)');
    for (const [section, title] of [
      ['Shared with me', 'Shared with me'],
      ['Sharing history', 'Sharing history'],
    ]) {
      await page.getByRole('navigation').getByRole('button', { name: section }).click();
      await heading(page, title!);
      await expectAxeClean(page, section!);
    }
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    await expectAxeClean(page, 'settings');
    await page.getByRole('navigation').getByRole('button', { name: 'Safety guide' }).click();
    await heading(page, 'Safety guide');
    await expectAxeClean(page, 'safety guide');
  });

  it('quick exit’s neutral screen, and the lock screen behind it', async () => {
    const { page } = app;
    await unlockedVault();
    await page.getByRole('banner').getByRole('button', { name: 'Quick exit' }).click();
    await page.getByTestId('neutral-screen').waitFor();
    await expectAxeClean(page, 'neutral screen');
    // The Notes page has no way back; what a new start of Harbor does (the flag lives in memory only).
    await page.evaluate(() => window.harbor.safety.leaveNeutral());
    await page.reload();
    await heading(page, 'Welcome back');
    await unlock(page, PASSPHRASE);
    await heading(page, 'Library');
  });

  it('testimony: the list, templates, the builder step by step, export and practice', async () => {
    const { page } = app;
    await marketStory(false);
    await page.getByRole('navigation').getByRole('button', { name: 'Testimony' }).click();
    await heading(page, 'Testimony');
    await expectAxeClean(page, 'testimony list (empty)');
    await page.getByRole('button', { name: 'Your templates' }).click();
    await heading(page, 'Your templates');
    await expectAxeClean(page, 'your templates');
    await page.getByRole('button', { name: 'Duplicate “Spoken testimony script”' }).click();
    await page.getByRole('button', { name: 'Save template' }).waitFor();
    await expectAxeClean(page, 'template editor');

    await page.getByRole('navigation').getByRole('button', { name: 'Library' }).click();
    await heading(page, 'Library');
    await openStory(page, 'A morning at the market');
    await page.getByRole('button', { name: 'Prepare testimony' }).click();
    await heading(page, 'What are you preparing?');
    await expectAxeClean(page, 'template chooser');
    await page.getByRole('button', { name: 'Use this template: “Spoken testimony script”' }).click();
    await page.getByRole('form', { name: 'Hearing details' }).waitFor();
    await page.getByLabel(/^Committee/).fill('Judiciary Committee');
    await expectAxeClean(page, 'builder: hearing details');
    await builderStep(page, 'Write');
    await sectionText(page, 'Greeting').fill('Good morning, Chair and members of the committee.');
    await sectionText(page, 'My story').fill(Array.from({ length: 120 }, () => 'word').join(' '));
    const story = page.getByRole('region', { name: 'My story' });
    await story.getByRole('button', { name: 'Insert an excerpt from a story' }).click();
    await story.getByRole('checkbox', { name: /market before dawn/ }).waitFor();
    await expectAxeClean(page, 'builder: sections, budgets and the excerpt picker');
    await story.getByRole('checkbox', { name: /market before dawn/ }).check();
    await story.getByRole('button', { name: 'Insert selected paragraphs' }).click();
    await waitTestimonySaved(page);
    await builderStep(page, 'Preview');
    await page.getByTestId('draft-preview').waitFor();
    await expectAxeClean(page, 'builder: preview');
    await builderStep(page, 'Export');
    await page.getByRole('heading', { name: /Why am I sharing this\?|Choose a consent/ }).waitFor();
    await expectAxeClean(page, 'builder: export');
    const reflect = page.getByRole('button', { name: "I'm ready to continue" });
    if (await reflect.count()) await reflect.click();
    await page.getByRole('button', { name: 'Create a new consent' }).click();
    await page.getByRole('button', { name: 'Save consent' }).waitFor();
    await expectAxeClean(page, 'builder: a consent for the testimony');
    await builderStep(page, 'Practice');
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expectAxeClean(page, 'practice');
    // Space starts and pauses from the script itself.
    await page.getByTestId('teleprompter').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await expectAxeClean(page, 'practice (running)');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Carry on', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to your testimony' }).click();
    await page.getByRole('list', { name: 'Your testimony' }).waitFor();
    await expectAxeClean(page, 'testimony list (one)');
  });

  it('unlock, a wrong passphrase, and recovery', async () => {
    const { page } = app;
    await unlockedVault();
    await lockFromShell(page);
    await expectAxeClean(page, 'unlock');
    await unlock(page, 'this is not the passphrase');
    await page.getByRole('alert').first().waitFor();
    await expectAxeClean(page, 'unlock (wrong passphrase)');
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAxeClean(page, 'recover');
  });
});
