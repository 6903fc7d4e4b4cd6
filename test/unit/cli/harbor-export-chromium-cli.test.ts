import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentAddArgs, ensureCliBuilt, expectExit, harbor, lines, removeTempDirs, tempDir } from './cli-harness';

/*
 * `harbor export --format pdf` starts Chromium while the vault's key is derived, before it knows
 * whether anything will be printed. Whatever then happens (a wrong passphrase, a refusal, a print),
 * the command ends it and removes its profile: nothing of it outlives the command.
 */

const PASS = 'a long test passphrase';
const CHROMIUM = process.env.HARBOR_CHROMIUM ?? '/usr/bin/chromium';

/** Processes whose command line mentions `text` (Chromium's own, with its profile in our TMPDIR). */
function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(text)) found.push(`${pid}: ${cmdline.slice(0, 200)}`);
    } catch {
      // Ended while we looked.
    }
  }
  return found;
}

async function setUp() {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  const file = path.join(work, 'story.md');
  // The phone number is an unmarked identifying detail: without --accept-unmarked the export is refused.
  await fs.writeFile(file, 'I worked in a kitchen. The boss called me from 555-123-4567 every night.\n');
  const added = await harbor(
    ['story', 'add', dir, '--title', 'Kitchen', '--from', file, '--passphrase-stdin'],
    lines(PASS),
  );
  expectExit(added, 0);
  const story = added.stdout.trim();
  const terms = { audience: 'Senate Judiciary Committee', purpose: 'the hearing on SB 123' };
  const grant = await harbor(consentAddArgs(dir, ['--story', story], terms, ['--public-record-ack']), lines(PASS));
  expectExit(grant, 0);
  // Chromium through a script that notes each start, so the test knows it ran.
  const launches = path.join(work, 'launches');
  const chromium = path.join(work, 'chromium');
  await fs.writeFile(chromium, `#!/bin/sh\necho started >> '${launches}'\nexec '${CHROMIUM}' "$@"\n`, { mode: 0o755 });
  return { work, dir, story, grant: grant.stdout.trim(), chromium, launches };
}

beforeAll(() => ensureCliBuilt(), 120_000);
afterAll(() => removeTempDirs());

describe.skipIf(!readdirSync('/usr/bin').includes('chromium') && !process.env.HARBOR_CHROMIUM)(
  'harbor export --format pdf and Chromium',
  () => {
    it('ends Chromium and removes its profile after a wrong passphrase, a refusal and a print', async () => {
      const { work, dir, story, grant, chromium, launches } = await setUp();
      const out = path.join(work, 'kitchen.pdf');
      const runs: [string, string, string[], number][] = [
        ['wrong passphrase', 'not the passphrase', [], 2],
        ['unmarked details', PASS, [], 5],
        ['printed', PASS, ['--accept-unmarked'], 0],
      ];
      for (const [why, passphrase, extra, code] of runs) {
        // A temporary folder of its own, where Chromium's profile goes.
        const tmp = await fs.mkdtemp(path.join(work, 'tmp-'));
        const args = ['export', dir, '--story', story, '--grant', grant, '--format', 'pdf', '--out', out];
        const r = await harbor(
          [...args, '--overwrite', ...extra, '--passphrase-stdin'],
          lines(passphrase),
          {
            HARBOR_CHROMIUM: chromium,
            TMPDIR: tmp,
          },
          { process: true },
        );
        expectExit(r, code);
        expect(await fs.readdir(tmp), why).toEqual([]);
        expect(processesMentioning(tmp), why).toEqual([]);
      }
      // Started each time, so each run above had a Chromium to end.
      expect((await fs.readFile(launches, 'utf8')).trim().split('\n')).toHaveLength(3);
      await fs.access(out);
    }, 120_000);
  },
);
