import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { openVault } from '../../../electron/vault/index';
import { docxParts, paragraphsWithNumbers } from '../../support/docx-inspect';
import { shareFrom, type Writer } from '../../support/briefing-fixtures';
import { consentAddArgs, expectExit, exportArgs, harbor, lines, newCliVault, PASS, useBuiltCli } from './cli-harness';

const expires = () => new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

/** An advocate's vault made with the command line, with each package imported by `share import`. */
async function advocateVault(writers: Writer[]) {
  const { work, dir } = await newCliVault();
  const ids: string[] = [];
  for (const [i, w] of writers.entries()) {
    const file = path.join(work, `package-${i}.harbor-share`);
    await fs.writeFile(file, w.bytes);
    const imported = await harbor(['share', 'import', dir, file, '--passphrase-stdin'], lines(PASS, w.code));
    expectExit(imported, 0);
    ids.push(imported.stdout.trim());
  }
  return { dir, work, ids };
}

/** A policy briefing quoting the first block of each shared story, as the builder saves it; and a consent for it. */
async function briefing(dir: string, sharedIds: string[]): Promise<{ testimonyId: string; grantId: string }> {
  const vault = await openVault(dir, PASS);
  let testimonyId: string;
  try {
    const testimonies = createTestimonyService(vault, createTemplateStore(vault));
    const t = await testimonies.create({ templateId: 'briefing', language: 'en', title: 'SB 123 one-pager' });
    await testimonies.save(t.id, {
      metadata: { organization: 'Harbor Light', contact: 'office@example.org', billNumber: 'SB 123' },
      sections: {
        ...t.sections,
        perspectives: {
          text: 'In their own words:',
          excerpts: [],
          shared: sharedIds.map((id, i) => ({ id: `sx-000${i + 1}`, sharedStoryId: id, blocks: [0] })),
        },
      },
    });
    testimonyId = t.id;
  } finally {
    await vault.close();
  }
  const grant = await harbor(
    consentAddArgs(
      dir,
      ['--testimony', testimonyId],
      { audience: 'Senate Judiciary Committee', purpose: 'the hearing on SB 123', identity: 'full', redact: 'none' },
      ['--public-record-ack'],
    ),
    lines(PASS),
  );
  expectExit(grant, 0);
  return { testimonyId, grantId: grant.stdout.trim() };
}

useBuiltCli();

describe('harbor export --testimony of a briefing quoting shared stories', () => {
  it('exits 5 naming every excerpt that blocks it, and writes nothing', async () => {
    const maria = await shareFrom('maria', 'A story from the border', { expiresOn: expires() });
    const coalition = await shareFrom('second', 'Notes for the coalition', {
      expiresOn: expires(),
      audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
      publicRecordAcknowledged: false,
    });
    const { dir, work, ids } = await advocateVault([maria, coalition]);
    const { testimonyId, grantId } = await briefing(dir, ids);
    const out = path.join(work, 'briefing.docx');
    const refused = await harbor(exportArgs(dir, ['--testimony', testimonyId], grantId, out), lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr.trim()).toBe(
      "Excerpt 2 (from 'Notes for the coalition') was shared only for an advocacy organization, not for a legislative committee. Take it out of this briefing.",
    );
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('exports once a differently worded purpose is confirmed, credits each writer, and records the use', async () => {
    const maria = await shareFrom('maria', 'A story from the border', { expiresOn: expires() });
    const ana = await shareFrom('second', 'Where I slept', { expiresOn: expires(), purpose: 'the SB 123 hearing' });
    const { dir, work, ids } = await advocateVault([maria, ana]);
    const { testimonyId, grantId } = await briefing(dir, ids);
    const out = path.join(work, 'briefing.docx');
    const refused = await harbor(exportArgs(dir, ['--testimony', testimonyId], grantId, out), lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr).toContain("Excerpt 2 (from 'Where I slept') was shared for 'the SB 123 hearing'.");

    const done = await harbor(
      exportArgs(dir, ['--testimony', testimonyId], grantId, out, { extra: ['--confirm-purpose', ids[1]!] }),
      lines(PASS),
    );
    expectExit(done, 0);
    const paragraphs = paragraphsWithNumbers(await fs.readFile(out));
    expect(paragraphs).toEqual(
      expect.arrayContaining(['Nobody asked where I slept.', '\u2014 M. R.', '\u2014 Anonymous']),
    );
    expect(docxParts(await fs.readFile(out)).get('word/document.xml')).not.toContain('Ana Torres');

    const list = await harbor(['share', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(list, 0);
    const { received } = JSON.parse(list.stdout) as { received: { id: string; useCount: number }[] };
    expect(received.map((r) => r.useCount)).toEqual([1, 1]);
  });
});
