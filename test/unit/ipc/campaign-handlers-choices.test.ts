import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/campaign';
import { today } from '../../../shared/core/dates';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// The choices a person makes on the campaign screens, as main carries them out: the trash and back,
// one campaign's dates or all of them, in the campaign's language, with the writer's name withheld
// from the calendar file, and nothing written when the save dialog is cancelled.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});
async function harness() {
  const h = await ipcHarness();
  open.push(h);
  return h;
}

const withFollowUp = (title: string, text: string, language: 'en' | 'es' = 'en') => ({
  title,
  policyAsk: 'Clear records',
  jurisdiction: 'us-state' as const,
  language,
  engagements: [
    {
      id: 'eng-1',
      kind: 'meeting' as const,
      office: 'Sen. Okafor',
      date: addDays(today(), -10),
      followUps: [{ id: 'fu-1', text, due: addDays(today(), 3) }],
    },
  ],
});

describe('campaign handlers, the person’s choices', () => {
  it('lists without the trash unless asked, and brings a campaign back from it', async () => {
    const h = await harness();
    const c = await h.value('campaign:create', { title: 'Vacatur', policyAsk: 'Clear records', jurisdiction: 'uk' });
    await h.value('campaign:trash', { id: c.id });
    expect(await h.value('campaign:list', undefined)).toEqual([]);
    expect(await h.value('campaign:list', {})).toEqual([]);
    expect((await h.value('campaign:list', { includeTrashed: true })).map((s) => s.title)).toEqual(['Vacatur']);
    await h.value('campaign:restore', { id: c.id });
    expect((await h.value('campaign:list', undefined)).map((s) => s.title)).toEqual(['Vacatur']);
    expect(await h.refusal('campaign:delete', { id: c.id })).toBe('forbidden campaign.notInTrash');
  });

  it('dates a campaign by the app’s clock', async () => {
    const h = await ipcHarness({ clock: () => new Date('2031-05-04T10:00:00Z') });
    open.push(h);
    const c = await h.value('campaign:create', { title: 'Vacatur', policyAsk: 'Clear records', jurisdiction: 'uk' });
    expect([c.createdAt, c.updatedAt]).toEqual(['2031-05-04T10:00:00.000Z', '2031-05-04T10:00:00.000Z']);
  });

  it('writes one campaign’s dates when one is chosen, in its language, under a dated name', async () => {
    const h = await harness();
    await h.value('campaign:create', withFollowUp('Vacatur', 'Send the fact sheet'));
    const es = await h.value('campaign:create', withFollowUp('Vivienda', 'Llamar a la oficina', 'es'));
    h.dialog.answer = 'one.ics';
    expect(await h.value('campaign:export-ics', { id: es.id })).toEqual({
      status: 'saved',
      value: { fileName: 'one.ics' },
    });
    // Named in the campaign's language, and never after Harbor: the file is passed on.
    expect(h.asked.at(-1)).toEqual({ name: `fechas-campaña-${today()}.ics`, kind: 'calendar' });
    const ics = await fs.readFile(path.join(h.out, 'one.ics'), 'utf8');
    expect(ics).toContain('SUMMARY:Seguimiento: Llamar a la oficina');
    expect(ics).not.toContain('Send the fact sheet');
  });

  it('writes an empty calendar in English when there is no campaign', async () => {
    const h = await harness();
    h.dialog.answer = 'none.ics';
    expect((await h.value('campaign:export-ics', {})).status).toBe('saved');
    expect(h.asked.at(-1)).toEqual({ name: `campaign-dates-${today()}.ics`, kind: 'calendar' });
    const ics = await fs.readFile(path.join(h.out, 'none.ics'), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });

  it('withholds the writer’s name from the calendar file', async () => {
    const h = await harness();
    await h.value('profile:set', { fullName: 'María Ruiz' });
    await h.value('campaign:create', withFollowUp('Vacatur', 'Call María Ruiz back'));
    h.dialog.answer = 'dates.ics';
    await h.value('campaign:export-ics', {});
    const ics = await fs.readFile(path.join(h.out, 'dates.ics'), 'utf8');
    expect(ics).toContain('Follow-up: Call ');
    expect(ics).not.toMatch(/Mar[ií]a|Ruiz/);
  });

  it('names the report in the campaign’s language, like a story export, also when the typed name is empty', async () => {
    const h = await harness();
    const es = await h.value('campaign:create', { ...withFollowUp('Vivienda', 'Llamar'), language: 'es' });
    const preview = await h.value('campaign:report-preview', { id: es.id, format: 'pdf', language: 'es' });
    expect(preview.suggestedFileName).toBe(`informe-campaña-${today()}.pdf`);
    h.dialog.answer = null;
    await h.value('campaign:report', { id: es.id, format: 'docx', language: 'es', fileName: '..' });
    expect(h.asked.at(-1)).toEqual({ name: `informe-campaña-${today()}.docx`, kind: 'docx' });
    const en = await h.value('campaign:create', withFollowUp('Vacatur', 'Call'));
    await h.value('campaign:report', { id: en.id, format: 'docx', language: 'en', fileName: ' ' });
    expect(h.asked.at(-1)).toEqual({ name: `campaign-report-${today()}.docx`, kind: 'docx' });
  });

  it('previews the report with its suggested name, and writes nothing when the dialog is cancelled', async () => {
    const h = await harness();
    const c = await h.value('campaign:create', { title: 'Vacatur', policyAsk: 'Clear records', jurisdiction: 'uk' });
    const preview = await h.value('campaign:report-preview', { id: c.id, format: 'docx' });
    expect(preview.suggestedFileName).toMatch(/^campaign-report-\d{4}-\d{2}-\d{2}\.docx$/);
    h.dialog.answer = null;
    expect(await h.value('campaign:report', { id: c.id, format: 'docx', fileName: 'report' })).toEqual({
      status: 'cancelled',
    });
    expect(h.asked.at(-1)?.kind).toBe('docx');
    expect(await fs.readdir(h.out)).toEqual([]);
    h.dialog.answer = 'report.docx';
    expect(await h.value('campaign:report', { id: c.id, format: 'docx', fileName: 'report' })).toEqual({
      status: 'saved',
      value: { fileName: 'report.docx' },
    });
  });
});
