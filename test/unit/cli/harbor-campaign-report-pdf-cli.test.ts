import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignService } from '../../../electron/campaigns';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createStoryService } from '../../../electron/stories/index';
import { today } from '../../../shared/core/dates';
import { doc, para, text } from '../../support/doc-fixtures';
import { grantTerms } from '../../support/pipeline-fixtures';
import { ensureCliBuilt, inVault, expectExit, harbor, lines, newCliVault, PASS, removeTempDirs } from './cli-harness';

/*
 * `harbor campaign report --format pdf` prints with the same one-Chromium-per-command printer as
 * `harbor export`: Chromium starts only once every excerpt's consent allows the report, and
 * whatever happens the command ends it and removes its profile.
 */

const CHROMIUM = process.env.HARBOR_CHROMIUM ?? '/usr/bin/chromium';

/** Processes whose command line mentions `text` (Chromium's own, with its profile in our TMPDIR). */
function processesMentioning(textToFind: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(textToFind)) found.push(`${pid}: ${cmdline.slice(0, 200)}`);
    } catch {
      // Ended while we looked.
    }
  }
  return found;
}

let dir: string;
let work: string;

beforeAll(async () => {
  ensureCliBuilt();
  ({ work, dir } = await newCliVault());
}, 120_000);
afterAll(() => removeTempDirs());

describe.skipIf(!readdirSync('/usr/bin').includes('chromium') && !process.env.HARBOR_CHROMIUM)(
  'harbor campaign report --format pdf and Chromium',
  () => {
    it('starts no Chromium for a refused excerpt, prints a PDF once allowed, and leaves no Chromium or profile', async () => {
      const { campaignId, ok, gone } = await inVault(dir, async (v) => {
        const story = await createStoryService(v).create({
          title: 'Mine',
          doc: doc(para(text('I could not rent a flat.'))),
        });
        const grants = createGrantStore(v);
        const expiresOn = `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`.replace('-02-29', '-02-28');
        const granted = await grants.create([story.id], grantTerms({ expiresOn }));
        const revoked = await grants.create([story.id], grantTerms({ expiresOn }));
        await grants.revoke(revoked.id, 'no');
        const campaign = await createCampaignService(v).create({ title: 'Vacatur Now', policyAsk: 'Clear records.' });
        const excerpt = (id: string, grantId: string) => ({
          kind: 'story' as const,
          id,
          storyId: story.id,
          grantId,
          blocks: [0],
        });
        return { campaignId: campaign.id, ok: excerpt('ex-ok', granted.id), gone: excerpt('ex-gone', revoked.id) };
      });
      // Chromium through a script that notes each start, so the test knows whether it ran.
      const launches = path.join(work, 'report-launches');
      const chromium = path.join(work, 'report-chromium');
      await fs.writeFile(chromium, `#!/bin/sh\necho started >> '${launches}'\nexec '${CHROMIUM}' "$@"\n`, {
        mode: 0o755,
      });
      const out = path.join(work, 'report.pdf');
      const report = async (excerpts: (typeof ok)[]) => {
        await inVault(dir, (v) => createCampaignService(v).save(campaignId, { excerpts }));
        // A temporary folder of its own, where Chromium's profile goes.
        const tmp = await fs.mkdtemp(path.join(work, 'tmp-'));
        const r = await harbor(
          ['campaign', 'report', dir, campaignId, '--format', 'pdf', '--out', out, '--overwrite', '--passphrase-stdin'],
          lines(PASS),
          { HARBOR_CHROMIUM: chromium, TMPDIR: tmp },
          { process: true },
        );
        return { r, tmp };
      };

      const refused = await report([ok, gone]);
      expectExit(refused.r, 5);
      await expect(fs.stat(launches)).rejects.toThrow();
      await expect(fs.stat(out)).rejects.toThrow();

      const printed = await report([ok]);
      expectExit(printed.r, 0);
      expect(printed.r.stdout.trim()).toBe(out);
      expect((await fs.readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await fs.readFile(launches, 'utf8')).trim().split('\n')).toHaveLength(1);
      expect(await fs.readdir(printed.tmp)).toEqual([]);
      expect(processesMentioning(printed.tmp)).toEqual([]);
    }, 120_000);
  },
);
