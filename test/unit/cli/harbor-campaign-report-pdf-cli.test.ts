import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignService } from '../../../electron/campaigns';
import {
  countingChromium,
  expectExit,
  harbor,
  inVault,
  lines,
  oneVaultPerFile,
  PASS,
  processesMentioning,
  storyWithTwoConsents,
} from './cli-harness';

/*
 * `harbor campaign report --format pdf` prints with the same one-Chromium-per-command printer as
 * `harbor export`: Chromium starts only once every excerpt's consent allows the report, and
 * whatever happens the command ends it and removes its profile.
 */

const shared = oneVaultPerFile();

describe.skipIf(!readdirSync('/usr/bin').includes('chromium') && !process.env.HARBOR_CHROMIUM)(
  'harbor campaign report --format pdf and Chromium',
  () => {
    it('starts no Chromium for a refused excerpt, prints a PDF once allowed, and leaves no Chromium or profile', async () => {
      const { campaignId, ok, gone } = await inVault(shared.dir, async (v) => {
        const { storyId, allowed, withdrawn } = await storyWithTwoConsents(v);
        const campaign = await createCampaignService(v).create({ title: 'Vacatur Now', policyAsk: 'Clear records.' });
        const excerpt = (id: string, grantId: string) => ({
          kind: 'story' as const,
          id,
          storyId,
          grantId,
          blocks: [0],
        });
        return { campaignId: campaign.id, ok: excerpt('ex-ok', allowed), gone: excerpt('ex-gone', withdrawn) };
      });
      const { chromium, launches } = await countingChromium(shared.work, 'report-chromium');
      const out = path.join(shared.work, 'report.pdf');
      const report = async (excerpts: (typeof ok)[]) => {
        await inVault(shared.dir, (v) => createCampaignService(v).save(campaignId, { excerpts }));
        // A temporary folder of its own, where Chromium's profile goes.
        const tmp = await fs.mkdtemp(path.join(shared.work, 'tmp-'));
        const r = await harbor(
          [
            'campaign',
            'report',
            shared.dir,
            campaignId,
            '--format',
            'pdf',
            '--out',
            out,
            '--overwrite',
            '--passphrase-stdin',
          ],
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
