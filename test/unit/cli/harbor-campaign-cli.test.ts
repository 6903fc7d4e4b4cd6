import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignService } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { docxParts } from '../../support/docx-inspect';
import { inVault, expectExit, harbor, lines, oneVaultPerFile, PASS, storyWithTwoConsents } from './cli-harness';

const SURVIVOR = 'Quirina Vantongeren';

const shared = oneVaultPerFile();

async function jsonFile(name: string, content: unknown): Promise<string> {
  const file = path.join(shared.work, name);
  await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const CAMPAIGN = {
  title: 'Vacatur Now',
  policyAsk: 'Let survivors clear their records.',
  jurisdiction: 'us-state',
  jurisdictionName: 'Ohio',
  chambers: ['house', 'senate'],
  asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: 'Records block jobs.' }],
  bills: [
    {
      id: 'bill-1',
      number: 'SB 12',
      title: 'Record Relief',
      steps: [
        { id: 'st-1', kind: 'introduced', date: '2027-01-10' },
        {
          id: 'st-2',
          kind: 'committee-vote',
          date: '2027-02-20',
          chamber: 'senate',
          amendments: [
            { id: 'am-1', label: 'SA 1', summary: 'Limits relief to a\nfirst conviction.', adopted: true },
            { id: 'am-2', label: 'Amendment 2', adopted: null },
            { id: 'am-3', label: 'SA 3', summary: 'Adds a fee.', adopted: false },
          ],
        },
      ],
    },
  ],
  partners: [
    { id: 'ptr-2', name: 'Beacon Shelter', sector: 'service-provider', signOn: 'signed', signOrder: 2 },
    { id: 'ptr-1', name: 'Abbey Church', sector: 'faith', signOn: 'signed', signOrder: 1 },
  ],
  engagements: [
    {
      id: 'eng-1',
      kind: 'meeting',
      office: "Sen. Okafor's office",
      date: '2027-01-15',
      asked: `${SURVIVOR} asked for a meeting`,
      followUps: [
        { id: 'fu-late', text: 'Send the fact sheet', due: '2027-03-01' },
        { id: 'fu-soon', text: 'Call the scheduler', due: '2027-03-12' },
        { id: 'fu-later', text: 'Plan the rally', due: '2027-04-30' },
      ],
    },
  ],
};

const count = () =>
  inVault(shared.dir, async (v) => (await createCampaignService(v).list({ includeTrashed: true })).length);

describe('harbor campaign', () => {
  let id = '';

  it('new refuses a file that is not JSON, or breaks a campaign rule, with exit 1 naming where, and writes nothing', async () => {
    const broken = await harbor(
      ['campaign', 'new', shared.dir, '--from', await jsonFile('broken.json', '{"title": '), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(broken, 1);
    expect(broken.stderr).toMatch(/not valid JSON.*Nothing was written\./);
    const afterSigned = {
      ...CAMPAIGN,
      bills: [
        {
          id: 'bill-1',
          number: 'SB 12',
          steps: [
            { id: 'st-1', kind: 'signed', date: '2027-01-10' },
            { id: 'st-2', kind: 'floor-vote', date: '2027-02-20' },
          ],
        },
      ],
    };
    const rule = await harbor(
      ['campaign', 'new', shared.dir, '--from', await jsonFile('rule.json', afterSigned), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(rule, 1);
    // The step is named as the app shows it, not as the file spells it ("signed").
    expect(rule.stderr).toContain(
      'bills.0.steps.1.kind: Nothing can follow “Signed into law”: the bill’s history ends there.',
    );
    expect(rule.stderr).not.toMatch(/"signed"|"floor-vote"/);
    expect(await count()).toBe(0);
  }, 60_000);

  it('new makes the campaign; list and show --json print it back', async () => {
    const made = await harbor(
      ['campaign', 'new', shared.dir, '--from', await jsonFile('c.json', CAMPAIGN), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(made, 0);
    id = made.stdout.trim();
    const listed = await harbor(['campaign', 'list', shared.dir, '--passphrase-stdin'], lines(PASS));
    expectExit(listed, 0);
    expect(listed.stdout).toMatch(
      new RegExp(`^${id}\\t.*\\t1 bills\\t1 engagements\\t3 open follow-ups\\tVacatur Now\\n$`),
    );
    const shown = await harbor(['campaign', 'show', shared.dir, id, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(shown, 0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ title: 'Vacatur Now', bills: [{ number: 'SB 12' }] });
    const signOn = await harbor(['campaign', 'show', shared.dir, id, '--sign-on', '--passphrase-stdin'], lines(PASS));
    expectExit(signOn, 0);
    expect(JSON.parse(signOn.stdout).sections.signatories.text).toBe('- Abbey Church\n- Beacon Shelter');
  }, 60_000);

  it('show prints the campaign in words: bill steps, chambers, jurisdiction and sectors named as the app names them, and what each amendment does', async () => {
    const shown = await harbor(['campaign', 'show', shared.dir, id, '--passphrase-stdin'], lines(PASS));
    expectExit(shown, 0);
    const out = shown.stdout.split('\n');
    expect(out).toContain('Jurisdiction: US state (Ohio)');
    expect(out).toContain('Chambers: House, Senate');
    expect(out).toContain('    2027-01-10  Introduced');
    expect(out).toContain('    2027-02-20  Committee vote (Senate)');
    // Each amendment on its own line under its step, worded as the app's bill history words it,
    // with its summary when it has one.
    const step = out.indexOf('    2027-02-20  Committee vote (Senate)');
    expect(out.slice(step + 1, step + 4)).toEqual([
      '      Amendment SA 1: adopted — Limits relief to a first conviction.',
      '      Amendment 2: not decided yet',
      '      Amendment SA 3: rejected — Adds a fee.',
    ]);
    expect(out).toContain('  Beacon Shelter  service provider  signed #2');
    expect(shown.stdout).not.toMatch(/committee-vote|us-state|service-provider|house, senate|\bsenate\b/);
    const missing = await harbor(
      ['campaign', 'show', shared.dir, 'no-such-campaign', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(missing, 4);
  }, 60_000);

  it('due prints what is overdue and due this week, on the day given', async () => {
    const due = await harbor(
      ['campaign', 'due', shared.dir, '--today', '2027-03-10', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(due, 0);
    expect(due.stdout).toBe(
      '2027-03-01\toverdue\t-9\tfollow-up\tVacatur Now\tSend the fact sheet\n' +
        '2027-03-12\tthis-week\t2\tfollow-up\tVacatur Now\tCall the scheduler\n',
    );
  }, 60_000);

  it('report writes a DOCX with the coalition in order and no survivor; exit 5 naming a refused excerpt', async () => {
    const { grantId, revokedId, storyId } = await inVault(shared.dir, async (v) => {
      await createProfileStore(v).set({ fullName: SURVIVOR });
      const { storyId, allowed, withdrawn } = await storyWithTwoConsents(v);
      return { grantId: allowed, revokedId: withdrawn, storyId };
    });
    const excerpt = (exId: string, g: string) => ({
      kind: 'story' as const,
      id: exId,
      storyId,
      grantId: g,
      blocks: [0],
    });
    await inVault(shared.dir, (v) =>
      createCampaignService(v).save(id, { excerpts: [excerpt('ex-ok', grantId), excerpt('ex-gone', revokedId)] }),
    );
    const out = path.join(shared.work, 'report.docx');
    const refused = await harbor(
      ['campaign', 'report', shared.dir, id, '--format', 'docx', '--out', out, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(refused, 5);
    expect(refused.stderr).toContain('Excerpt 2 (ex-gone)');
    await expect(fs.stat(out)).rejects.toThrow();

    await inVault(shared.dir, (v) => createCampaignService(v).save(id, { excerpts: [excerpt('ex-ok', grantId)] }));
    const made = await harbor(
      ['campaign', 'report', shared.dir, id, '--format', 'docx', '--out', out, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(made, 0);
    const body = [...docxParts(await fs.readFile(out)).values()].join(' ').replace(/<[^>]+>/g, '');
    expect(body).toContain('I could not rent a flat.');
    expect(body.indexOf('Abbey Church')).toBeLessThan(body.indexOf('Beacon Shelter'));
    expect(body).not.toContain('Quirina');
    expect(body).not.toContain('asked for a meeting');
    // Counts leave as Word tables with a header row, not as "label: number" lines.
    expect(docxParts(await fs.readFile(out)).get('word/document.xml')).toContain('<w:tblHeader/>');
    // …and as pictures: the built command line finds its WebAssembly rasteriser and font.
    expect([...docxParts(await fs.readFile(out)).keys()].filter((n) => n.startsWith('word/media/'))).not.toEqual([]);
  }, 90_000);
});
