import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { extractText } from '../export/helpers/pdf-inspect';
import { consentAddArgs, expectExit, harbor, lines, tempDir, useBuiltCli } from './cli-harness';

const PASS = 'a long test passphrase';

/** A vault with the author's name and one story naming her and a place marked sensitive (from HTML). */
async function vaultWithStory(): Promise<{ dir: string; story: string; work: string }> {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  expectExit(await harbor(['profile', 'set', dir, '--name', 'Ana Lucía Ruiz', '--passphrase-stdin'], lines(PASS)), 0);
  const file = path.join(work, 'story.md');
  await fs.writeFile(file, 'My name is Ana Ruiz. I worked in a kitchen for two years.\n');
  const added = await harbor(
    ['story', 'add', dir, '--title', 'Kitchen', '--from', file, '--passphrase-stdin'],
    lines(PASS),
  );
  expectExit(added, 0);
  return { dir, story: added.stdout.trim(), work };
}

const grantArgs = (dir: string, story: string, extra: string[] = []) =>
  consentAddArgs(
    dir,
    ['--story', story],
    { audience: 'Senate Judiciary Committee', purpose: 'the hearing on SB 123' },
    extra,
  );

useBuiltCli();

describe('harbor consent and harbor export', () => {
  it('add prints the id; list shows it as one sentence (and as JSON); export writes the file and prints its SHA-256', async () => {
    const { dir, story, work } = await vaultWithStory();
    const added = await harbor(grantArgs(dir, story, ['--public-record-ack']), lines(PASS));
    expectExit(added, 0);
    const gid = added.stdout.trim();
    expect(gid).toMatch(/^[0-9a-f]{32}$/);
    expect(added.stderr).toMatch(
      /^May be shared with Senate Judiciary Committee for the hearing on SB 123, under your initials/,
    );

    const list = await harbor(['consent', 'list', dir, '--story', story, '--passphrase-stdin'], lines(PASS));
    expectExit(list, 0);
    expect(list.stdout.trim().split('\t').slice(0, 2)).toEqual([gid, 'active']);
    const json = JSON.parse(
      (await harbor(['consent', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS))).stdout,
    );
    expect(json).toMatchObject([
      { id: gid, identity: { mode: 'initials' }, sourceIds: [story], publicRecordAcknowledged: true },
    ]);
    const other = await harbor(
      ['consent', 'list', dir, '--story', '0123456789abcdef0123456789abcdef', '--passphrase-stdin'],
      lines(PASS),
    );
    expect(other.stdout).toBe('');

    for (const format of ['docx', 'pdf'] as const) {
      const out = path.join(work, `testimony.${format}`);
      const r = await harbor(
        // The author's own name is the consent's identity to handle: cleared here, as the person would.
        [
          'export',
          dir,
          '--story',
          story,
          '--grant',
          gid,
          '--format',
          format,
          '--out',
          out,
          '--accept-unmarked',
          '--passphrase-stdin',
        ],
        lines(PASS),
      );
      expectExit(r, 0);
      const bytes = await fs.readFile(out);
      expect(r.stdout.trim()).toBe(`${createHash('sha256').update(bytes).digest('hex')}  ${out}`);
      const text = format === 'docx' ? joinedText(docxParts(bytes).get('word/document.xml')!) : extractText(bytes);
      expect(text).toContain('My name is A. L. R.');
      expect(text).not.toMatch(/Ana|Ruiz|Lucía/);
      if (process.platform !== 'win32') expect((await fs.stat(out)).mode & 0o777).toBe(0o600);
    }
  }, 120_000);

  it('exits 5 with the reason when the consent refuses, and writes nothing', async () => {
    const { dir, story, work } = await vaultWithStory();
    const gid = (await harbor(grantArgs(dir, story, ['--public-record-ack']), lines(PASS))).stdout.trim();
    const out = path.join(work, 'x.docx');
    const exportTo = (grant: string) =>
      harbor(
        ['export', dir, '--story', story, '--grant', grant, '--format', 'docx', '--out', out, '--passphrase-stdin'],
        lines(PASS),
      );

    expectExit(
      await harbor(['consent', 'revoke', dir, gid, '--reason', 'changed my mind', '--passphrase-stdin'], lines(PASS)),
      0,
    );
    const revoked = await exportTo(gid);
    expectExit(revoked, 5);
    expect(revoked.stderr).toMatch(
      /^This consent was withdrawn on \d{4}-\d{2}-\d{2}, so nothing can be exported under it\./,
    );
    const list = await harbor(['consent', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expect(list.stdout).toMatch(/\twithdrawn\t/);

    const missing = await exportTo('fedcba9876543210fedcba9876543210');
    expectExit(missing, 5);
    expect(missing.stderr).toMatch(/There is no consent for this export/);
    await expect(fs.access(out)).rejects.toThrow();
  }, 60_000);

  it('refuses a lawmakers consent without the public-record acknowledgement, and explains flags it cannot use', async () => {
    const { dir, story } = await vaultWithStory();
    const noAck = await harbor(grantArgs(dir, story), lines(PASS));
    expectExit(noAck, 4);
    expect(noAck.stderr).toMatch(/public record/);

    const bad = await harbor(
      grantArgs(dir, story, ['--public-record-ack']).map((a) => (a === 'initials' ? 'nickname' : a)),
      lines(PASS),
    );
    expectExit(bad, 1);
    expect(bad.stderr).toMatch(/--identity must be full, first, initials, anonymous or pseudonym:NAME\./);
    const badRedact = await harbor(
      grantArgs(dir, story, ['--public-record-ack']).map((a) => (a === 'all' ? 'names' : a)),
      lines(PASS),
    );
    expectExit(badRedact, 1);
    const tooLong = await harbor(
      grantArgs(dir, story, ['--public-record-ack']).map((a) => (/^\d{4}-/.test(a) ? '2099-01-01' : a)),
      lines(PASS),
    );
    expectExit(tooLong, 4);
    expect(tooLong.stderr).toMatch(/at most three years/);
    for (const impossible of ['9999-99-99', '2099-13-45', '2025-02-30']) {
      const bad = await harbor(
        grantArgs(dir, story, ['--public-record-ack']).map((a) => (/^\d{4}-/.test(a) ? impossible : a)),
        lines(PASS),
      );
      expectExit(bad, 1);
      expect(bad.stderr).toMatch(/--expires needs a date like 2027-03-01\./);
    }
    const unknownStory = await harbor(
      grantArgs(dir, '0123456789abcdef0123456789abcdef', ['--public-record-ack']),
      lines(PASS),
    );
    expectExit(unknownStory, 4);
  }, 60_000);

  it('pseudonym identities and the help text', async () => {
    const { dir, story, work } = await vaultWithStory();
    const args = grantArgs(dir, story, ['--public-record-ack']).map((a) => (a === 'initials' ? 'pseudonym:Luz' : a));
    const gid = (await harbor(args, lines(PASS))).stdout.trim();
    const out = path.join(work, 'luz.docx');
    expectExit(
      await harbor(
        [
          'export',
          dir,
          '--story',
          story,
          '--grant',
          gid,
          '--format',
          'docx',
          '--out',
          out,
          '--accept-unmarked',
          '--passphrase-stdin',
        ],
        lines(PASS),
      ),
      0,
    );
    expect(joinedText(docxParts(await fs.readFile(out)).get('word/document.xml')!)).toContain('My name is Luz.');

    const help = await harbor(['export', '--help']);
    expectExit(help, 0);
    expect(help.stdout).toMatch(
      /^Usage: harbor export <dir> --story <id>\|--testimony <id> --grant <gid> --format docx\|pdf --out <file>/,
    );
    expect((await harbor(['help', 'consent', 'add'])).stdout).toMatch(
      /--identity <full\|first\|initials\|anonymous\|pseudonym:VALUE>/,
    );
    expect((await harbor(['--help'])).stdout).toMatch(/\n {2}export {2}Export a story/);
  }, 60_000);
});
