import type { ExportFormat } from '../../../shared/consent/grant';
import type { Lang } from '../../../shared/core/languages';
import { createCampaignReports, createCampaignService } from '../../campaigns/index';
import { saveFile } from '../../platform/save-file';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { commandPrinter } from '../command-printer';
import { parseFormat } from '../consent-flags';
import { checkOutputFile } from '../output-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const campaignReport: CliCommand = {
  name: 'campaign report',
  summary: 'Write a campaign report (DOCX or PDF) for partners and funders, quoting only as consented',
  synopsis:
    '<dir> <id> --format docx|pdf --out <file> [--overwrite] [--paper letter|a4] [--language en|es] --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    'The ask, the message box, each bill’s steps, the organizations that signed (in their order),',
    'counts (engagements by year, follow-ups, asks won, testimonies per hearing) and what changed.',
    'Never in a report: engagement notes, who spoke, partner contacts, follow-up texts, debriefs.',
    'Every line of the campaign’s own text leaves as the strictest consent would let it: your name',
    'and every detail marked in any story of this vault are replaced by placeholders.',
    'Quoted excerpts (the campaign’s "excerpts") appear only under their writer’s consent, as an',
    'export would print them. If any excerpt’s consent refuses (withdrawn, ended, another file',
    'type, a story shared with you), nothing is written: exit 5, each refused excerpt named.',
    '--out <file>  Where to write the file (owner-only permissions); ".docx" or ".pdf" is added when',
    '              the name lacks it. Never inside a vault folder.',
    '--overwrite   Replace <file> if it already exists (otherwise Harbor refuses).',
    "--paper       letter (default) or a4.   --language  en or es (default: the campaign's).",
    'PDFs are printed with Chromium: $HARBOR_CHROMIUM, else chromium-headless-shell, else chromium.',
    'Prints the file written on standard output.',
  ],
  positionals: ['dir', 'id'],
  flags: { format: 'string', out: 'string', paper: 'string', language: 'string', overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, id } = ctx.args.positionals as { dir: string; id: string };
    const formatFlag = stringFlag(ctx.args, 'format');
    const outFlag = stringFlag(ctx.args, 'out');
    if (!formatFlag || !outFlag) throw new UsageError('Give --format docx|pdf and --out <file>.');
    const format: ExportFormat = parseFormat(formatFlag);
    const out = await checkOutputFile(outFlag, { overwrite: flagSet(ctx.args, 'overwrite'), extension: `.${format}` });
    const paper = stringFlag(ctx.args, 'paper') ?? 'letter';
    const languageFlag = stringFlag(ctx.args, 'language');
    if (paper !== 'letter' && paper !== 'a4') throw new UsageError('--paper must be letter or a4.');
    if (languageFlag !== undefined && languageFlag !== 'en' && languageFlag !== 'es')
      throw new UsageError('--language must be en or es.');
    // The same one-Chromium-per-command printer as `harbor export`, not started early: Chromium
    // starts only for a PDF, once every excerpt's consent has allowed the report, and starts
    // closing as soon as the report is printed.
    const printer = commandPrinter();
    try {
      const bytes = await withVault(dir, secretAt(ctx, 0), async (vault) => {
        const language = (languageFlag ?? (await createCampaignService(vault).get(id)).language) as Lang;
        return createCampaignReports({ vault, clock: () => new Date(), printer }).render({
          id,
          format,
          paper,
          language,
        });
      });
      await saveFile(out, bytes);
      ctx.io.out(out);
    } finally {
      await printer.close();
    }
  },
};
