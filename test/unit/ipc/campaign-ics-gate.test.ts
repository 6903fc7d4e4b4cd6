import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/campaign';
import { today } from '../../../shared/core/dates';
import { masterDoc } from '../../support/share-fixtures';
import { ipcHarness, type IpcHarness } from './ipc-harness';

// A calendar file is text that leaves Harbor: what an advocate typed into a follow-up, an office or
// a campaign's title passes the release gate on its way into the .ics, like a report's lines.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});

/** The file as a calendar app reads it: folded lines joined, escapes undone. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').replace(/\\([,;\\])/g, '$1');

/** A campaign with a hearing, its written-testimony deadline and one follow-up: three dated entries. */
const hearingCampaign = (h: IpcHarness) =>
  h.value('campaign:create', {
    title: 'Vacatur',
    policyAsk: 'Clear records',
    jurisdiction: 'us-state',
    engagements: [
      {
        id: 'eng-1',
        kind: 'hearing',
        office: 'Capitol',
        date: addDays(today(), 5),
        time: '09:30',
        hearing: { committee: 'Judiciary', writtenTestimonyDue: addDays(today(), 3) },
        followUps: [{ id: 'fu-1', text: 'Send the fact sheet', due: addDays(today(), 2) }],
      },
    ],
  });

describe('the calendar file leaves through the release gate', () => {
  it('withholds the writer’s name and a story’s marked people and places typed into follow-ups and titles', async () => {
    const h = await ipcHarness();
    open.push(h);
    const day = today();
    await h.value('profile:set', { fullName: 'María Ruiz' });
    // Marks "Rosa Delgado" (a person) and "Tijuana" (a place) in the vault's registers.
    await h.value('story:create', { title: 'What happened', doc: { ...masterDoc } });
    const c = await h.value('campaign:create', {
      title: 'Vacatur for María Ruiz',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      engagements: [
        {
          id: 'eng-1',
          kind: 'meeting',
          office: 'Sen. Okafor, Tijuana office',
          date: addDays(day, -3),
          followUps: [
            { id: 'fu-1', text: 'Ask Rosa Delgado about the hearing', due: addDays(day, 2) },
            { id: 'fu-2', text: 'Send María Ruiz the fact sheet', due: addDays(day, 4), doneOn: addDays(day, 1) },
          ],
        },
      ],
    });
    h.dialog.answer = 'dates.ics';
    expect((await h.value('campaign:export-ics', { id: c.id, includeDone: true })).status).toBe('saved');
    const ics = unfolded(await fs.readFile(path.join(h.out, 'dates.ics'), 'utf8'));
    for (const secret of ['María', 'Ruiz', 'Rosa', 'Delgado', 'Tijuana'])
      expect(ics.toLowerCase()).not.toContain(secret.toLowerCase());
    // The rest of what was typed still leaves: the gate replaces, it does not drop the entry.
    expect(ics).toContain('SUMMARY:Follow-up: Ask');
    expect(ics).toContain('about the hearing');
    expect(ics).toContain('the fact sheet');
    expect(ics).toContain('Sen. Okafor');
  });

  it('names neither Harbor nor the calendar anywhere a calendar app or a file list shows', async () => {
    const h = await ipcHarness();
    open.push(h);
    await h.value('prefs:set', { disguise: true });
    const c = await hearingCampaign(h);
    h.dialog.answer = 'dates.ics';
    expect((await h.value('campaign:export-ics', { id: c.id })).status).toBe('saved');
    const raw = await fs.readFile(path.join(h.out, 'dates.ics'), 'utf8');
    const ics = unfolded(raw);
    expect(h.asked.at(-1)!.name).toBe(`campaign-dates-${today()}.ics`);
    expect(`${h.asked.at(-1)!.name}\n${ics}`).not.toMatch(/harbor/i);
    expect(ics).toContain('PRODID:-//Calendar//EN\r\n');
    // Every UID's domain is the reserved, nameless one; no calendar name or other X- property.
    const uids = ics.match(/^UID:.*$/gm)!;
    expect(uids).toHaveLength(3);
    for (const uid of uids) expect(uid).toMatch(/^UID:[A-Za-z0-9_.-]+@calendar\.invalid\r?$/);
    expect(ics).not.toMatch(/^X-/m);
    // Only the properties a dated entry needs: nothing else rides along.
    const names = new Set(
      ics
        .split('\r\n')
        .filter(Boolean)
        .map((l) => l.split(/[:;]/)[0]),
    );
    expect([...names].sort()).toEqual(
      [
        'BEGIN',
        'CALSCALE',
        'DESCRIPTION',
        'DTEND',
        'DTSTAMP',
        'DTSTART',
        'DURATION',
        'END',
        'PRODID',
        'SUMMARY',
        'TRANSP',
        'UID',
        'VERSION',
      ].sort(),
    );
  });

  it("carries none of the vault's item ids, only UIDs that stay the same from one export to the next", async () => {
    const h = await ipcHarness();
    open.push(h);
    const c = await hearingCampaign(h);
    const exported = async (name: string) => {
      h.dialog.answer = name;
      expect((await h.value('campaign:export-ics', { id: c.id })).status).toBe('saved');
      return unfolded(await fs.readFile(path.join(h.out, name), 'utf8'));
    };
    const first = await exported('first.ics');
    // The campaign's id names its folder in the vault, readable without the passphrase.
    const items = (await fs.readdir(h.ctx.vaultDir)).find((name) => name.startsWith('items-'))!;
    const folders = await fs.readdir(path.join(h.ctx.vaultDir, items));
    expect(folders).toContain(c.id);
    for (const id of [c.id, 'eng-1', 'fu-1', ...folders]) expect(first).not.toContain(id);
    const uidsOf = (ics: string) => ics.match(/^UID:.*$/gm)!.map((line) => line.trim());
    const uids = uidsOf(first);
    expect(uids).toHaveLength(3);
    expect(new Set(uids).size).toBe(3);
    for (const uid of uids) expect(uid).toMatch(/^UID:[0-9a-f]{32}@calendar\.invalid$/);
    // Imported again, the file updates the same entries: the same UIDs every time.
    expect(uidsOf(await exported('second.ics'))).toEqual(uids);
  });
});
