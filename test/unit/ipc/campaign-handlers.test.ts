import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { today } from '../../../shared/core/dates';
import { addDays } from '../../../shared/campaign';
import { CAMPAIGN_LIMITS } from '../../../shared/campaign/campaign-data';
import { masterDoc, terms } from '../../support/share-fixtures';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// Campaign channels as the renderer reaches them: every payload checked in main, saves that name
// only what changed, "This week" on the person's own day, a calendar file and a report written
// only where the person chose, refused as a whole when an excerpt's consent refuses.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness() {
  const h = await ipcHarness();
  open.push(h);
  return h;
}
const nextYear = () => `${new Date().getUTCFullYear() + 1}-12-31`;

describe('campaign handlers', () => {
  it('creates, saves a part, lists, trashes and deletes; refuses a malformed or rule-breaking request', async () => {
    const h = await harness();
    const c = await h.value('campaign:create', { title: 'Vacatur', policyAsk: 'Clear records', jurisdiction: 'uk' });
    await h.value('campaign:save', { id: c.id, edit: { bills: [{ id: 'bill-1', number: 'SB 1' }] } });
    await h.value('campaign:save', { id: c.id, edit: { title: 'Vacatur now' } });
    const got = await h.value('campaign:get', { id: c.id });
    expect([got.title, got.bills.map((b) => b.number)]).toEqual(['Vacatur now', ['SB 1']]);
    expect(await h.refusal('campaign:save', { id: c.id, edit: { asks: 'x' } as never })).toMatch(/^invalid_input /);
    expect(
      await h.refusal('campaign:save', {
        id: c.id,
        edit: { outcomes: [{ id: 'out-1', date: '2027-01-01', askId: 'nope', result: 'won' }] },
      }),
    ).toBe('invalid_input campaign.unknownAsk');
    expect(await h.refusal('campaign:get', { id: '../../etc' })).toMatch(/^invalid_input /);
    expect((await h.value('campaign:list', undefined)).map((s) => s.title)).toEqual(['Vacatur now']);
    expect(await h.refusal('campaign:delete', { id: c.id })).toBe('forbidden campaign.notInTrash');
    await h.value('campaign:trash', { id: c.id });
    await h.value('campaign:delete', { id: c.id });
    expect(await h.value('campaign:list', { includeTrashed: true })).toEqual([]);
  });

  it('changes what a noted amendment does, keeping the amendment an outcome names; refuses a summary past a note’s length', async () => {
    const h = await harness();
    const step = (summary: string) => ({
      id: 'st-1',
      kind: 'committee-vote' as const,
      date: '2027-02-01',
      amendments: [{ id: 'am-1', label: 'HA 1', summary, adopted: true }],
    });
    const c = await h.value('campaign:create', {
      title: 'Vacatur',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      asks: [{ id: 'ask-1', text: 'Clear records', reason: '' }],
      bills: [{ id: 'bill-1', number: 'SB 1', steps: [step('Narrows the record')] }],
      outcomes: [{ id: 'out-1', date: '2027-02-02', askId: 'ask-1', result: 'partly', amendmentIds: ['am-1'] }],
    });
    await h.value('campaign:save', {
      id: c.id,
      edit: { bills: [{ id: 'bill-1', number: 'SB 1', steps: [step('Narrows the record to arrests only')] }] },
    });
    const got = await h.value('campaign:get', { id: c.id });
    expect(got.bills[0]!.steps[0]!.amendments).toEqual([
      { id: 'am-1', label: 'HA 1', summary: 'Narrows the record to arrests only', adopted: true },
    ]);
    expect(got.outcomes.map((o) => o.amendmentIds)).toEqual([['am-1']]);
    const tooLong = 'x'.repeat(CAMPAIGN_LIMITS.noteChars + 1);
    expect(
      await h.refusal('campaign:save', {
        id: c.id,
        edit: { bills: [{ id: 'bill-1', number: 'SB 1', steps: [step(tooLong)] }] },
      }),
    ).toMatch(/^invalid_input /);
    const kept = await h.value('campaign:get', { id: c.id });
    expect(kept.bills[0]!.steps[0]!.amendments[0]!.summary).toBe('Narrows the record to arrests only');
  });

  it('lists what is due this week and writes the dates as a calendar file where the person chose', async () => {
    const h = await harness();
    const day = today();
    await h.value('campaign:create', {
      title: 'Vacatur',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      engagements: [
        {
          id: 'eng-1',
          kind: 'meeting',
          office: 'Sen. Okafor',
          date: addDays(day, -10),
          followUps: [
            { id: 'fu-1', text: 'Send the fact sheet', due: addDays(day, -1) },
            { id: 'fu-2', text: 'Call back', due: addDays(day, 3) },
            { id: 'fu-3', text: 'Much later', due: addDays(day, 30) },
          ],
        },
      ],
    });
    const due = await h.value('campaign:due', undefined);
    expect(due.map((d) => [d.text, d.state])).toEqual([
      ['Send the fact sheet', 'overdue'],
      ['Call back', 'this-week'],
    ]);
    h.dialog.answer = 'dates.ics';
    const saved = await h.value('campaign:export-ics', {});
    expect(saved).toEqual({ status: 'saved', value: { fileName: 'dates.ics' } });
    expect(h.asked.at(-1)?.kind).toBe('calendar');
    const ics = await fs.readFile(path.join(h.out, 'dates.ics'), 'utf8');
    expect(ics).toContain('SUMMARY:Follow-up: Much later');
    h.dialog.answer = null;
    expect(await h.value('campaign:export-ics', {})).toEqual({ status: 'cancelled' });
  });

  it('previews the report, writes it under a gated name, and refuses it naming a withdrawn excerpt', async () => {
    const h = await harness();
    await h.value('profile:set', { fullName: 'María Ruiz' });
    const story = await h.value('story:create', { title: 'What happened', doc: { ...masterDoc } });
    const grant = await h.value('consent:create', { sourceIds: [story.id], terms: terms({ expiresOn: nextYear() }) });
    const c = await h.value('campaign:create', {
      title: 'Vacatur for María Ruiz',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      excerpts: [{ kind: 'story', id: 'ex-1', storyId: story.id, grantId: grant.id, blocks: [0] }],
    });
    const preview = await h.value('campaign:report-preview', { id: c.id });
    expect(preview.refusals).toEqual([]);
    expect(JSON.stringify(preview.document)).not.toContain('Ruiz');
    h.dialog.answer = 'report.docx';
    const saved = await h.value('campaign:report', { id: c.id, format: 'docx', fileName: 'María Ruiz report' });
    expect(saved.status).toBe('saved');
    expect(h.asked.at(-1)?.name).not.toContain('Ruiz');

    await h.value('consent:revoke', { id: grant.id, reason: 'no' });
    expect(await h.refusal('campaign:report', { id: c.id, format: 'docx', fileName: 'r' })).toBe(
      'consent_refused consent.refused',
    );
    const refused = await h.value('campaign:report-preview', { id: c.id });
    expect(refused.refusals.map((r) => [r.number, r.excerptId, r.refusal.code])).toEqual([[1, 'ex-1', 'revoked']]);
  });
});
