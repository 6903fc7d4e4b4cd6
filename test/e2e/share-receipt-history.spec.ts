import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noPrinter, outDir, removeOutDirs } from '../support/pipeline-fixtures';
import { advocateBriefing } from '../support/briefing-fixtures';
import { masterDoc, terms } from '../support/share-fixtures';
import { seriousAxeFindings } from './harness/axe';
import { heading, shot } from './vault-steps';
import { launchWithVault, type WorkspaceApp } from './workspace-steps';

/**
 * The writer's side in the app: a package made through the bridge (the share screens are
 * share-advocate.spec's), quoted by an advocate's briefing in Node through the real export pipeline,
 * and the advocate's receipt imported in Sharing history, which then says where the words went.
 */
describe('receipts: the writer sees in Sharing history where their words went', () => {
  let app: WorkspaceApp;
  let receipt: string;

  beforeAll(async () => {
    app = await launchWithVault();
    await app.page.setViewportSize({ width: 1360, height: 900 });
    const expiresOn = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    const made = await app.page.evaluate(
      async ({ doc, grantTerms }) => {
        const h = window.harbor;
        await h.profile.set({ fullName: 'María Ruiz' });
        const story = await h.story.create({ title: 'What happened in Tijuana', doc });
        if (!story.ok) throw new Error(story.error.message);
        const grant = await h.consent.create({ sourceIds: [story.value.id], terms: grantTerms });
        if (!grant.ok) throw new Error(grant.error.message);
        const shared = await h.share.create({
          storyId: story.value.id,
          grantId: grant.value.id,
          title: 'A story from the border',
          language: 'en',
        });
        if (!shared.ok || shared.value.status !== 'saved') throw new Error('share:create did not save');
        return shared.value.value;
      },
      // The bridge takes the editor's loose JSON; the fixture is a typed story document.
      { doc: masterDoc as unknown as { type: 'doc'; content: unknown[] }, grantTerms: terms({ expiresOn }) },
    );
    // The advocate, elsewhere: imports it, exports a briefing quoting it, writes a receipt.
    const bytes = await fs.readFile(path.join(app.exportsDir, made.fileName));
    const advocate = await advocateBriefing([{ bytes, code: made.shareCode }], { now: new Date() });
    const target = path.join(await outDir(), 'briefing-sb-123.docx');
    const outcome = await advocate
      .pipeline(noPrinter)
      .run({ ...advocate.options(), fileName: 'briefing-sb-123.docx' }, async () => target);
    expect(outcome.status).toBe('saved');
    receipt = path.join(await outDir(), 'receipt.harbor-share');
    await fs.writeFile(receipt, (await advocate.sharedStories.writeReceipt(advocate.imported[0]!.id)).bytes);
  }, 120_000);

  afterAll(async () => {
    await app?.dispose();
    await removeOutDirs();
  });

  it('imports the receipt and lists the use under the story shared', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: 'Sharing history' }).click();
    await heading(page, 'Sharing history');
    const shared = page.getByRole('region', { name: 'Stories you shared' });
    const card = shared
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'A story from the border' }) });
    await card.getByText('No use reported yet.').waitFor();

    await page.getByTestId('share-receipt-input').setInputFiles(receipt);
    await shared.getByText('Receipt read for "A story from the border".').waitFor();
    await card
      .getByRole('list', { name: 'Where your words went' })
      .getByText(/DOCX for Senate Judiciary Committee, the hearing on SB 123 \(briefing-sb-123\.docx\)$/)
      .waitFor();
    const findings = await seriousAxeFindings(page);
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    await shot(page, 'receipt-00-sharing-history');
  });
});
