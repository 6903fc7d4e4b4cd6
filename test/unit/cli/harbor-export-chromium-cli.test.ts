import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countingChromium,
  expectExit,
  exportArgs,
  harbor,
  lines,
  PASS,
  processesMentioning,
  useBuiltCli,
  vaultWithConsentedStory,
} from './cli-harness';

/*
 * `harbor export --format pdf` starts Chromium while the vault's key is derived, before it knows
 * whether anything will be printed. Whatever then happens (a wrong passphrase, a refusal, a print),
 * the command ends it and removes its profile: nothing of it outlives the command.
 */

async function setUp() {
  // The phone number is an unmarked identifying detail: without --accept-unmarked the export is refused.
  const { work, dir, story, grant } = await vaultWithConsentedStory(
    'Kitchen',
    'I worked in a kitchen. The boss called me from 555-123-4567 every night.\n',
  );
  const { chromium, launches } = await countingChromium(work, 'chromium');
  return { work, dir, story, grant, chromium, launches };
}

useBuiltCli();

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
        const args = exportArgs(dir, ['--story', story], grant, out, {
          format: 'pdf',
          extra: ['--overwrite', ...extra],
        });
        const r = await harbor(
          args,
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
