import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/campaign/day-math';
import { REPORT_LABELS } from '../../shared/campaign/report-labels';
import { todayIso } from '../../renderer/src/ui/today';
import { expectAxeClean } from './harness/axe';
import { escapeRegExp, words, type Language } from './locale-steps';
import { useWorkspaceApp } from './use-workspace-app';
import { seedConsent, seedExport, seedStory } from './seed-steps';
import { heading, shot } from './vault-steps';

type Words = ReturnType<typeof words>;

/** The add-a-step form of one bill: picks the step and its day, and adds it. */
async function addStep(page: Page, t: Words, bill: string, step: string, day: string): Promise<void> {
  const form = page.getByRole('form', { name: t('campaigns.steps.add', { bill }) });
  await form.getByLabel(t('campaigns.steps.kind')).selectOption({ label: step });
  await form.getByLabel(t('campaigns.steps.date')).fill(day);
  await form.getByRole('button', { name: t('campaigns.steps.addButton') }).click();
  await page
    .getByRole('list', { name: t('campaigns.bills.history', { bill }) })
    .getByText(step)
    .waitFor();
}

/** A sharing-history entry's checkbox, by the words around its audience (title and date are the app's). */
function sharedEntry(t: Words, audience: string): RegExp {
  const [, around] = t('campaigns.shared.entry', { title: '\u0000', audience, date: '\u0000' }).split('\u0000');
  return new RegExp(escapeRegExp(around!));
}

async function addPartner(page: Page, t: Words, name: string, signOn: string): Promise<void> {
  const form = page.getByRole('form', { name: t('campaigns.coalition.add') });
  await form.getByLabel(t('campaigns.coalition.name')).fill(name);
  await form.getByLabel(t('campaigns.coalition.signOn')).selectOption({ label: signOn });
  await form.getByRole('button', { name: t('campaigns.coalition.addButton') }).click();
  await page.getByRole('rowheader', { name }).waitFor();
}

describe('a campaign from the first meeting to the dashboard', () => {
  const harbor = useWorkspaceApp();

  // The same steps in each language, every control found by its words in that language's locale
  // file, so the Spanish run proves the Spanish screens work (one launch for both; a reset between).
  it.each<Language>(['en', 'es'])(
    'in %s: creates a campaign with a bill, a coalition and a meeting that links a shared document, records a committee vote, shows the dashboard, exports the dates and the report, and This week shows the follow-up on unlock',
    async (language) => {
      const { page, app } = harbor;
      const t = words(language);
      const today = todayIso();
      if (language !== 'en') {
        expect((await page.evaluate((l) => window.harbor.prefs.set({ language: l }), language)).ok).toBe(true);
        await page.reload(); // the campaigns button below is found by its Spanish name once it is back
      }
      await page.getByRole('button', { name: t('campaigns.nav') }).click();
      await heading(page, t('campaigns.list.title'));
      await page.getByRole('button', { name: t('campaigns.list.new') }).click();
      await heading(page, t('campaigns.new.title'));
      await page.getByLabel(t('campaigns.basics.title')).fill('Clear records');
      await page.getByLabel(t('campaigns.basics.policyAsk')).fill('Vacate convictions survivors were forced into.');
      await page.getByRole('button', { name: t('campaigns.new.create') }).click();
      await heading(page, 'Clear records');

      const billForm = page.getByRole('form', { name: t('campaigns.bills.add') });
      await billForm.getByLabel(t('campaigns.bills.number')).fill('SB 12');
      await billForm.getByRole('button', { name: t('campaigns.bills.addButton') }).click();
      await addStep(page, t, 'SB 12', t('campaigns.step.introduced'), addDays(today, -40));

      await addPartner(page, t, 'Safe Harbor Shelter', t('campaigns.signOn.signed'));
      await addPartner(page, t, 'Faith Alliance', t('campaigns.signOn.asked'));
      // Signing puts a partner in the letter's next place.
      await page.getByLabel(t('campaigns.coalition.signOnOf', { name: 'Faith Alliance' })).selectOption('signed');
      await expect
        .poll(() => page.getByLabel(t('campaigns.coalition.orderOf', { name: 'Faith Alliance' })).inputValue())
        .toBe('2');

      // A document already shared under a consent: the meeting links its sharing-history entry.
      const storyId = await seedStory(page, 'Leaving', 'I was not free to leave.\nNobody asked my name.');
      const grantId = await seedConsent(page, storyId, 'Ohio Coalition', 'the campaign report');
      await seedExport(page, { storyId, grantId });
      const [shared] = await page.evaluate(async () => {
        const history = await window.harbor.history.list();
        return history.ok ? history.value.map((e) => e.id) : [];
      });

      await page.getByRole('button', { name: t('campaigns.engagements.log') }).click();
      await heading(page, t('campaigns.engagement.newTitle'));
      await page.getByLabel(t('campaigns.engagement.office')).fill('Sen. Rivera’s office');
      await page.getByLabel(t('campaigns.engagement.date')).fill(addDays(today, -3));
      await page.getByRole('button', { name: t('campaigns.followUps.add') }).click();
      await page.getByLabel(t('campaigns.followUps.text')).fill('Send the fact sheet');
      await page.getByLabel(t('campaigns.followUps.due')).fill(addDays(today, 2));
      await page
        .getByRole('group', { name: t('campaigns.shared.title') })
        .getByRole('checkbox', { name: sharedEntry(t, 'Ohio Coalition') })
        .check();
      await page.getByRole('button', { name: t('campaigns.engagement.save') }).click();
      await heading(page, 'Clear records');
      await page.getByRole('button', { name: /Sen\. Rivera’s office/ }).waitFor();
      // The campaign keeps the entry's id (and so its consent), never a copy of the words.
      const meeting = await page.evaluate(async () => {
        const list = await window.harbor.campaign.list();
        const got = list.ok ? await window.harbor.campaign.get({ id: list.value[0]!.id }) : null;
        return got?.ok ? got.value.engagements[0] : null;
      });
      expect(shared).toBeDefined();
      expect(meeting?.sharedEntryIds).toEqual([shared]);
      expect(JSON.stringify(meeting)).not.toContain('Nobody asked my name');

      await addStep(page, t, 'SB 12', t('campaigns.step.committee-vote'), addDays(today, -1));
      await shot(page, `campaign-00-page-${language}`);
      await expectAxeClean(page, `a campaign page (${language})`);

      await page.getByRole('button', { name: t('campaigns.page.dashboard') }).click();
      const timeline = page.getByRole('figure', { name: t('campaigns.charts.timeline.title') });
      await timeline.waitFor();
      await page
        .getByRole('figure', { name: t('campaigns.charts.followUps.title') })
        .getByText(t('campaigns.charts.followUps.summary', { onTime: 0, late: 0, open: 1, overdue: 0 }))
        .waitFor();
      await timeline.getByText(t('campaigns.chart.showTable')).click();
      await timeline.getByRole('cell', { name: t('campaigns.step.committee-vote') }).waitFor();
      await shot(page, `campaign-01-dashboard-${language}`);
      await expectAxeClean(page, `the campaign dashboard (${language})`);
      await page
        .getByRole('button', { name: t('campaigns.backToCampaign') })
        .first()
        .click();

      await page.getByRole('button', { name: t('campaigns.page.ics') }).click();
      await page.getByText(t('campaigns.ics.warning')).waitFor();
      await page.getByRole('button', { name: t('campaigns.ics.save') }).click();
      const saved = page.getByRole('status').getByText(/\.ics/);
      await saved.waitFor();
      const fileName = (await saved.innerText()).match(/\S+\.ics/)![0];
      const calendar = await readFile(path.join(app.exportsDir, fileName), 'utf8');
      expect(calendar).toContain('BEGIN:VCALENDAR');
      expect(calendar).toContain('Send the fact sheet');

      // The report: what it holds first (no excerpts, so no story text), then the file.
      await page
        .getByRole('button', { name: t('campaigns.backToCampaign') })
        .last()
        .click();
      await page.getByRole('button', { name: t('campaigns.page.report') }).click();
      await page.getByText(t('campaigns.report.noExcerpts')).waitFor();
      // One excerpt, picked under its consent: shown as it will leave, then listed as quoted.
      await page.getByLabel(t('campaigns.excerpts.source')).selectOption({ label: 'Leaving' });
      await page.getByRole('checkbox', { name: 'Nobody asked my name.' }).check();
      await page
        .getByRole('region', { name: t('campaigns.excerpts.whatLeaves', { number: 1 }) })
        .getByText('Nobody asked my name.')
        .waitFor();
      await page.getByRole('button', { name: t('campaigns.excerpts.addButton', { number: 1 }) }).click();
      await page
        .getByRole('list', { name: t('campaigns.report.excerpts') })
        .getByText(t('campaigns.report.excerptAllowed', { number: 1 }))
        .waitFor();
      await expectAxeClean(page, `the campaign report export, with an excerpt (${language})`);
      await page.getByRole('button', { name: t('campaigns.report.save') }).click();
      const report = page.getByRole('status').getByText(/\.docx/);
      await report.waitFor();
      const reportName = (await report.innerText()).match(/\S+\.docx/)![0];
      // Named in the person's language, like a story export, and written in it.
      expect(reportName).toBe(`${language === 'es' ? 'informe-campaña' : 'campaign-report'}-${today}.docx`);
      const docx = await readFile(path.join(app.exportsDir, reportName));
      const body = strFromU8(unzipSync(docx)['word/document.xml']!);
      expect(body).toContain(`>${REPORT_LABELS[language].theAsk}<`);
      expect(body).toContain(`>${REPORT_LABELS[language].bills}<`);

      // On the next unlock (a reload keeps the vault open), This week leads with the follow-up.
      await page.reload();
      await heading(page, t('campaigns.week.title'));
      const comingUp = page.getByRole('region', { name: t('campaigns.week.comingUp') });
      await comingUp.getByText('Send the fact sheet').waitFor();
      await shot(page, `campaign-02-this-week-${language}`);
      await expectAxeClean(page, `This week (${language})`);
      await comingUp.getByRole('button', { name: t('campaigns.week.markDone') }).click();
      await page.getByText(t('campaigns.week.nothing')).waitFor();
    },
  );
});
