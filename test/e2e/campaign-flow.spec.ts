import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/campaign/day-math';
import { todayIso } from '../../renderer/src/ui/today';
import { expectAxeClean } from './harness/axe';
import { words } from './locale-steps';
import { useWorkspaceApp } from './use-workspace-app';
import { seedConsent, seedExport, seedStory } from './seed-steps';
import { heading, shot } from './vault-steps';

const en = words('en');

/** The add-a-step form of one bill: picks the step and its day, and adds it. */
async function addStep(page: Page, bill: string, step: string, day: string): Promise<void> {
  const form = page.getByRole('form', { name: en('campaigns.steps.add', { bill }) });
  await form.getByLabel(en('campaigns.steps.kind')).selectOption({ label: step });
  await form.getByLabel(en('campaigns.steps.date')).fill(day);
  await form.getByRole('button', { name: en('campaigns.steps.addButton') }).click();
  await page
    .getByRole('list', { name: en('campaigns.bills.history', { bill }) })
    .getByText(step)
    .waitFor();
}

async function addPartner(page: Page, name: string, signOn: string): Promise<void> {
  const form = page.getByRole('form', { name: en('campaigns.coalition.add') });
  await form.getByLabel(en('campaigns.coalition.name')).fill(name);
  await form.getByLabel(en('campaigns.coalition.signOn')).selectOption({ label: signOn });
  await form.getByRole('button', { name: en('campaigns.coalition.addButton') }).click();
  await page.getByRole('rowheader', { name }).waitFor();
}

describe('a campaign from the first meeting to the dashboard', () => {
  const harbor = useWorkspaceApp();

  it('creates a campaign with a bill, a coalition and a meeting that links a shared document, records a committee vote, shows the dashboard and exports the dates', async () => {
    const { page, app } = harbor;
    const today = todayIso();
    await page.getByRole('button', { name: en('campaigns.nav') }).click();
    await heading(page, en('campaigns.list.title'));
    await page.getByRole('button', { name: en('campaigns.list.new') }).click();
    await heading(page, en('campaigns.new.title'));
    await page.getByLabel(en('campaigns.basics.title')).fill('Clear records');
    await page.getByLabel(en('campaigns.basics.policyAsk')).fill('Vacate convictions survivors were forced into.');
    await page.getByRole('button', { name: en('campaigns.new.create') }).click();
    await heading(page, 'Clear records');

    const billForm = page.getByRole('form', { name: en('campaigns.bills.add') });
    await billForm.getByLabel(en('campaigns.bills.number')).fill('SB 12');
    await billForm.getByRole('button', { name: en('campaigns.bills.addButton') }).click();
    await addStep(page, 'SB 12', en('campaigns.step.introduced'), addDays(today, -40));

    await addPartner(page, 'Safe Harbor Shelter', en('campaigns.signOn.signed'));
    await addPartner(page, 'Faith Alliance', en('campaigns.signOn.asked'));
    // Signing puts a partner in the letter's next place.
    await page.getByLabel(en('campaigns.coalition.signOnOf', { name: 'Faith Alliance' })).selectOption('signed');
    await expect
      .poll(() => page.getByLabel(en('campaigns.coalition.orderOf', { name: 'Faith Alliance' })).inputValue())
      .toBe('2');

    // A document already shared under a consent: the meeting links its sharing-history entry.
    const storyId = await seedStory(page, 'Leaving', 'I was not free to leave.\nNobody asked my name.');
    const grantId = await seedConsent(page, storyId, 'Ohio Coalition', 'the campaign report');
    await seedExport(page, { storyId, grantId });
    const [shared] = await page.evaluate(async () => {
      const history = await window.harbor.history.list();
      return history.ok ? history.value.map((e) => e.id) : [];
    });

    await page.getByRole('button', { name: en('campaigns.engagements.log') }).click();
    await heading(page, en('campaigns.engagement.newTitle'));
    await page.getByLabel(en('campaigns.engagement.office')).fill('Sen. Rivera’s office');
    await page.getByLabel(en('campaigns.engagement.date')).fill(addDays(today, -3));
    await page.getByRole('button', { name: en('campaigns.followUps.add') }).click();
    await page.getByLabel(en('campaigns.followUps.text')).fill('Send the fact sheet');
    await page.getByLabel(en('campaigns.followUps.due')).fill(addDays(today, 2));
    await page
      .getByRole('group', { name: en('campaigns.shared.title') })
      .getByRole('checkbox', { name: / — to Ohio Coalition, / })
      .check();
    await page.getByRole('button', { name: en('campaigns.engagement.save') }).click();
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

    await addStep(page, 'SB 12', en('campaigns.step.committee-vote'), addDays(today, -1));
    await shot(page, 'campaign-00-page');
    await expectAxeClean(page, 'a campaign page');

    await page.getByRole('button', { name: en('campaigns.page.dashboard') }).click();
    const timeline = page.getByRole('figure', { name: en('campaigns.charts.timeline.title') });
    await timeline.waitFor();
    await page
      .getByRole('figure', { name: en('campaigns.charts.followUps.title') })
      .getByText(en('campaigns.charts.followUps.summary', { onTime: 0, late: 0, open: 1, overdue: 0 }))
      .waitFor();
    await timeline.getByText(en('campaigns.chart.showTable')).click();
    await timeline.getByRole('cell', { name: en('campaigns.step.committee-vote') }).waitFor();
    await shot(page, 'campaign-01-dashboard');
    await expectAxeClean(page, 'the campaign dashboard');
    await page
      .getByRole('button', { name: en('campaigns.backToCampaign') })
      .first()
      .click();

    await page.getByRole('button', { name: en('campaigns.page.ics') }).click();
    await page.getByText(en('campaigns.ics.warning')).waitFor();
    await page.getByRole('button', { name: en('campaigns.ics.save') }).click();
    const saved = page.getByRole('status').getByText(/\.ics/);
    await saved.waitFor();
    const fileName = (await saved.innerText()).match(/\S+\.ics/)![0];
    const calendar = await readFile(path.join(app.exportsDir, fileName), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('Send the fact sheet');

    // The report: what it holds first (no excerpts, so no story text), then the file.
    await page
      .getByRole('button', { name: en('campaigns.backToCampaign') })
      .last()
      .click();
    await page.getByRole('button', { name: en('campaigns.page.report') }).click();
    await page.getByText(en('campaigns.report.noExcerpts')).waitFor();
    // One excerpt, picked under its consent: shown as it will leave, then listed as quoted.
    await page.getByLabel(en('campaigns.excerpts.source')).selectOption({ label: 'Leaving' });
    await page.getByRole('checkbox', { name: 'Nobody asked my name.' }).check();
    await page
      .getByRole('region', { name: en('campaigns.excerpts.whatLeaves', { number: 1 }) })
      .getByText('Nobody asked my name.')
      .waitFor();
    await page.getByRole('button', { name: en('campaigns.excerpts.addButton', { number: 1 }) }).click();
    await page
      .getByRole('list', { name: en('campaigns.report.excerpts') })
      .getByText(en('campaigns.report.excerptAllowed', { number: 1 }))
      .waitFor();
    await expectAxeClean(page, 'the campaign report export, with an excerpt');
    await page.getByRole('button', { name: en('campaigns.report.save') }).click();
    const report = page.getByRole('status').getByText(/\.docx/);
    await report.waitFor();
    const reportName = (await report.innerText()).match(/\S+\.docx/)![0];
    expect((await readFile(path.join(app.exportsDir, reportName))).subarray(0, 2).toString()).toBe('PK');
  });

  it('in Spanish, This week opens on unlock with the follow-up due, and marking it done clears it', async () => {
    const { page } = harbor;
    const es = words('es');
    const today = todayIso();
    const made = await page.evaluate(
      ({ due, date }) =>
        window.harbor.campaign.create({
          title: 'Ley de apoyo',
          policyAsk: 'Apoyo para sobrevivientes.',
          jurisdiction: 'us-state',
          engagements: [
            {
              id: 'meet-0001',
              kind: 'meeting',
              office: 'Oficina de la senadora Ruiz',
              date,
              followUps: [{ id: 'follow-0001', text: 'Enviar la hoja informativa', due }],
            },
          ],
        }),
      { due: addDays(today, -1), date: addDays(today, -5) },
    );
    expect(made.ok).toBe(true);
    expect((await page.evaluate(() => window.harbor.prefs.set({ language: 'es' }))).ok).toBe(true);
    await page.reload();

    await heading(page, es('campaigns.week.title'));
    const overdue = page.getByRole('region', { name: es('campaigns.week.overdue') });
    await overdue.getByText('Enviar la hoja informativa').waitFor();
    await shot(page, 'campaign-02-this-week-es');
    await expectAxeClean(page, 'This week, in Spanish');
    await overdue.getByRole('button', { name: es('campaigns.week.markDone') }).click();
    await page.getByText(es('campaigns.week.nothing')).waitFor();
  });
});
