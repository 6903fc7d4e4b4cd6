import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentAddArgs, ensureCliBuilt, expectExit, harbor, lines, removeTempDirs, tempDir } from './cli-harness';

const PASS = 'a long test passphrase';

beforeAll(() => ensureCliBuilt(), 120_000);
afterAll(() => removeTempDirs());

describe('the shipped harbor export', () => {
  // Its build loads the check's language model (compromise) only when the check runs: the check
  // must still find the names and places that only that model knows.
  it('still finds unmarked names and places with its language model, and refuses with exit 5', async () => {
    const work = await tempDir();
    const dir = path.join(work, 'vault');
    expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
    const file = path.join(work, 'story.md');
    await fs.writeFile(file, 'I met Maria Gonzalez at the bus station in Houston.\n');
    const added = await harbor(
      ['story', 'add', dir, '--title', 'Station', '--from', file, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(added, 0);
    const story = added.stdout.trim();
    const terms = { audience: 'Senate Judiciary Committee', purpose: 'the hearing on SB 123' };
    const grant = await harbor(consentAddArgs(dir, ['--story', story], terms, ['--public-record-ack']), lines(PASS));
    expectExit(grant, 0);
    const out = path.join(work, 'out.docx');
    const args = ['export', dir, '--story', story, '--grant', grant.stdout.trim(), '--format', 'docx', '--out', out];
    const refused = await harbor([...args, '--passphrase-stdin'], lines(PASS), {}, { shipped: true });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('Person: Maria Gonzalez');
    expect(refused.stderr).toContain('Place: Houston');
    await expect(fs.access(out)).rejects.toThrow();
  });
});
