import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, paragraphsWithNumbers } from '../support/docx-inspect';
import { shareFrom, type Writer } from '../support/briefing-fixtures';
import { SECRETS } from '../support/share-fixtures';
import { decideCheck } from './consent-steps';
import { seriousAxeFindings } from './harness/axe';
import { builderStep, waitTestimonySaved } from './testimony-steps';
import { freshDataDir, heading, removeDataDir, shot } from './vault-steps';
import { launchWithVault, type WorkspaceApp } from './workspace-steps';

async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  expect(findings, `${screen}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
}

/** Adds a package through the bridge (the import screen itself is share-advocate.spec's). */
async function importByBridge(page: Page, w: Writer): Promise<void> {
  const r = await page.evaluate(({ base64, shareCode }) => window.harbor.share.import({ base64, shareCode }), {
    base64: w.bytes.toString('base64'),
    shareCode: w.code,
  });
  expect(r.ok).toBe(true);
}

/** In the section "Survivor perspectives": insert the paragraphs of one shared story. */
async function insertShared(page: Page, title: string, paragraphs: RegExp[]): Promise<void> {
  const section = page.getByRole('region', { name: 'Survivor perspectives' });
  await section.getByRole('button', { name: 'Insert an excerpt from a shared story' }).click();
  const picker = section.getByRole('group', { name: 'Quote from a story shared with you' });
  await picker.getByRole('radio', { name: title }).check();
  for (const p of paragraphs) await picker.getByRole('checkbox', { name: p }).check();
  await picker.getByRole('button', { name: 'Insert selected paragraphs' }).click();
  await picker.waitFor({ state: 'detached' });
}

/**
 * An advocate's Harbor with stories from two writers (made and sealed by the real share code in
 * Node), building a policy briefing that quotes both: credits in the preview, a refusal that names
 * the excerpt that blocks it, the Word file, the use record on each story, and a receipt.
 */
describe('briefing from shared stories: excerpts from several writers, each checked and credited', () => {
  let app: WorkspaceApp;
  let filesDir: string;
  let maria: Writer;
  let ana: Writer;
  let coalition: Writer;
  let withdrawn: Writer;

  beforeAll(async () => {
    filesDir = await freshDataDir();
    const expires = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    maria = await shareFrom('maria', 'A story from the border', { expiresOn: expires });
    ana = await shareFrom('second', 'Where I slept', { expiresOn: expires });
    coalition = await shareFrom('second', 'Notes for the coalition', {
      expiresOn: expires,
      audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
      publicRecordAcknowledged: false,
    });
    withdrawn = await shareFrom('maria', 'An older story', { expiresOn: expires });
    app = await launchWithVault();
    await app.page.setViewportSize({ width: 1360, height: 900 });
    const { page } = app;
    // One package through the screen, as an advocate would; the others through the same bridge call.
    const packageFile = path.join(filesDir, 'border.harbor-share');
    await fs.writeFile(packageFile, maria.bytes);
    await page.getByRole('button', { name: 'Shared with me' }).click();
    await heading(page, 'Shared with me');
    await page.getByTestId('share-package-input').setInputFiles(packageFile);
    await page.getByLabel('Share code').fill(maria.code);
    await page.getByRole('button', { name: 'Open and add' }).click();
    await page.getByRole('article', { name: 'A story from the border' }).waitFor();
    for (const w of [ana, coalition, withdrawn]) await importByBridge(page, w);
    const { bytes } = await withdrawn.sent.revoke(withdrawn.packageId, '');
    const applied = await page.evaluate(
      (base64) => window.harbor.share.importRevocation({ base64 }),
      bytes.toString('base64'),
    );
    expect(applied.ok).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await app?.dispose();
    await removeDataDir(filesDir);
  });

  async function buildBriefing(page: Page): Promise<void> {
    await page.getByRole('navigation').getByRole('button', { name: 'Testimony' }).click();
    await page.getByRole('button', { name: 'New testimony' }).click();
    await heading(page, 'What are you preparing?');
    await page.getByRole('button', { name: 'Use this template: “Policy briefing (one-pager)”' }).click();
    await page.getByRole('form', { name: 'Hearing details' }).waitFor();
    await page.getByLabel(/^Organization/).fill('Harbor Light');
    await page.getByLabel(/^Bill number/).fill('SB 123');
    await page.getByLabel(/^Contact/).fill('office@example.org');
    await builderStep(page, 'Write');

    // The picker lists every shared story; the withdrawn one cannot be chosen, and says why.
    const section = page.getByRole('region', { name: 'Survivor perspectives' });
    await section.getByRole('button', { name: 'Insert an excerpt from a shared story' }).click();
    const picker = section.getByRole('group', { name: 'Quote from a story shared with you' });
    const older = picker.getByRole('radio', { name: 'An older story' });
    await expect(older.isDisabled()).resolves.toBe(true);
    await expect(
      older.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).innerText()),
    ).resolves.toMatch(/The writer withdrew their consent on .*, so it can no longer be quoted\./);
    await picker.getByRole('radio', { name: 'A story from the border' }).check();
    await picker.getByText('Credited as “M. R.”.').waitFor();
    await expectAxeClean(page, 'briefing: shared excerpt picker');
    await shot(page, 'briefing-00-picker');
    // By keyboard: Cancel closes the picker and the keyboard is back on the button that opened it.
    await picker.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Insert an excerpt from a shared story',
    );

    await insertShared(page, 'A story from the border', [/took me to \[place withheld\]/, /Now I speak/]);
    await insertShared(page, 'Where I slept', [/Nobody asked/]);
    await insertShared(page, 'Notes for the coalition', [/The law can ask/]);
    const quoted = section.getByRole('list', { name: 'Excerpts quoted in “Survivor perspectives”' });
    await quoted.getByText('\u2014 M. R.').waitFor();
    // Both of Ana's stories are credited without a name, as she chose.
    await quoted.getByText('\u2014 Anonymous').nth(1).waitFor();
    await waitTestimonySaved(page);

    await builderStep(page, 'Preview');
    const draft = page.getByTestId('draft-preview');
    await draft.getByText('\u2014 M. R.').waitFor();
    await draft.getByText(/Nobody asked where I slept\./).waitFor();
    const draftText = (await draft.innerText()) ?? '';
    for (const secret of SECRETS) expect(draftText).not.toContain(secret);
    await shot(page, 'briefing-01-preview');
  }

  async function refuseOtherAudience(page: Page): Promise<void> {
    await builderStep(page, 'Export');
    await page.getByRole('button', { name: "I'm ready to continue" }).click();
    await page.getByRole('heading', { name: 'Choose a consent' }).waitFor();
    await page.getByRole('button', { name: 'Create a new consent' }).click();
    await page.getByLabel('Who will receive it').selectOption('legislative-committee');
    await page.getByLabel('Their name', { exact: true }).fill('Senate Judiciary Committee');
    await page.getByRole('radio', { name: 'Initials', exact: true }).check();
    await page.getByRole('checkbox', { name: /usually becomes public record/ }).check();
    await page.getByRole('button', { name: 'Save consent' }).click();
    await page.getByRole('radio', { name: /Senate Judiciary Committee/, checked: true }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await decideCheck(page);
    await page.getByRole('heading', { name: 'What leaves Harbor' }).waitFor();

    const blocked = page.getByTestId('excerpt-refusals');
    await blocked
      .getByText(
        "Excerpt 3 (from 'Notes for the coalition') was shared only for an advocacy organization, not for a legislative committee. Take it out of this briefing.",
      )
      .waitFor();
    // Its purpose ("Testimony on SB 123") is worded differently from the writers' own.
    await blocked
      .getByText(
        "Excerpt 1 (from 'A story from the border') was shared for 'the hearing on SB 123'. Confirm this briefing is for that, or take it out.",
      )
      .waitFor();
    await expect(page.getByRole('button', { name: 'Continue' }).isDisabled()).resolves.toBe(true);
    await expectAxeClean(page, 'briefing: excerpts that block the export');
    await shot(page, 'briefing-02-refused');

    // Take the blocking excerpt out, and come back.
    await blocked.getByRole('button', { name: 'Change the excerpts' }).click();
    const section = page.getByRole('region', { name: 'Survivor perspectives' });
    await section.getByRole('button', { name: 'Remove excerpt from “Notes for the coalition”' }).click();
    await waitTestimonySaved(page);
  }

  async function exportConfirmed(page: Page): Promise<void> {
    await builderStep(page, 'Export');
    await page.getByRole('button', { name: "I'm ready to continue" }).click();
    await page.getByRole('radio', { name: /Senate Judiciary Committee/, checked: true }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await decideCheck(page);
    await page.getByRole('heading', { name: 'What leaves Harbor' }).waitFor();
    const blocked = page.getByTestId('excerpt-refusals');
    await blocked.getByText(/^Excerpt 2 \(from 'Where I slept'\) was shared for/).waitFor();
    await expect(blocked.getByText(/Notes for the coalition/).count()).resolves.toBe(0);
    await blocked.getByRole('checkbox', { name: 'This briefing is for what excerpt 1 was shared for' }).check();
    await blocked.getByRole('checkbox', { name: 'This briefing is for what excerpt 2 was shared for' }).check();
    await blocked.getByRole('listitem').first().waitFor({ state: 'detached' });
    const inFile = page.getByRole('region', { name: 'In the file' });
    await inFile.getByText('\u2014 M. R.').waitFor();
    await inFile.getByText('\u2014 Anonymous').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'File' }).waitFor();
    await page.getByRole('radio', { name: 'Word (DOCX)' }).check();
    await page.getByLabel('File name', { exact: true }).fill('briefing-sb-123');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('heading', { name: 'Exported' }).waitFor({ timeout: 30_000 });

    const docx = await fs.readFile(path.join(app.exportsDir, 'briefing-sb-123.docx'));
    const paragraphs = paragraphsWithNumbers(docx).map((p) => p.replace(/\u00A0/g, ' '));
    expect(paragraphs).toContain('I am M. R. [name withheld] took me to [place withheld] in the spring.');
    expect(paragraphs).toContain('Nobody asked where I slept.');
    expect(paragraphs.indexOf('\u2014 M. R.')).toBeGreaterThan(
      paragraphs.indexOf('Now I speak so it stops happening to others.'),
    );
    expect(paragraphs.indexOf('\u2014 Anonymous')).toBeGreaterThan(paragraphs.indexOf('Nobody asked where I slept.'));
    expect(paragraphs).not.toContain('The law can ask.');
    for (const [part, xml] of docxParts(docx))
      for (const secret of [...SECRETS, 'Ana Torres']) expect(xml, part).not.toContain(secret);

    // The use is on each quoted story, not on the one taken out.
    await page.getByRole('navigation').getByRole('button', { name: 'Shared with me' }).click();
    await heading(page, 'Shared with me');
    const card = (title: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await card('A story from the border')
      .getByText(/Quoted in 1 export/)
      .waitFor();
    await card('Where I slept')
      .getByText(/Quoted in 1 export/)
      .waitFor();
    await card('Notes for the coalition')
      .getByText(/Quoted in 0 exports/)
      .waitFor();
  }

  async function receiptForWriter(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Read: A story from the border' }).click();
    const reader = page.getByRole('article', { name: 'A story from the border' });
    const uses = reader.getByRole('region', { name: 'Where you quoted it' });
    await uses
      .getByText(/DOCX for Senate Judiciary Committee, Testimony on SB 123 \(briefing-sb-123\.docx\)/)
      .waitFor();
    await expectAxeClean(page, 'shared story with its uses');
    await shot(page, 'briefing-03-use-record');
    await reader.getByRole('button', { name: 'Write a receipt' }).click();
    await reader.getByText(/^Receipt saved as receipt-\d{4}-\d{2}-\d{2}\.harbor-receipt\./).waitFor();
    const [receiptName] = (await fs.readdir(app.exportsDir)).filter((f) => f.startsWith('receipt-'));
    const seen = await maria.sent.importReceipt(await fs.readFile(path.join(app.exportsDir, receiptName!)));
    expect(seen.uses).toEqual([
      expect.objectContaining({ fileName: 'briefing-sb-123.docx', format: 'docx', purpose: 'Testimony on SB 123' }),
    ]);
  }

  // Each test is one step of the advocate's work. Run alone (or after a failure), a test first does
  // the steps before it, through the same screens, so no test depends on another having run.
  const steps = [buildBriefing, refuseOtherAudience, exportConfirmed, receiptForWriter];
  let done = 0;
  async function upTo(step: number): Promise<void> {
    while (done < step) {
      await steps[done]!(app.page);
      done += 1;
    }
  }
  const stepTest = (name: string, step: number) =>
    it(
      name,
      async () => {
        await upTo(step);
        await steps[step]!(app.page);
        done = step + 1;
      },
      120_000,
    );

  stepTest('builds a policy briefing quoting two writers, each credited as they chose', 0);
  stepTest('an excerpt shared for another audience blocks the export, named, with why', 1);
  stepTest('exports the Word file once each writer’s purpose is confirmed, and records a use on each story', 2);
  stepTest('shows the use on the shared story and writes a receipt the writer reads', 3);
});
