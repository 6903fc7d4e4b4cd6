import { campaignEditSchema, campaignProblems } from '../../../shared/campaign';
import { formatMessage } from '../../../shared/error-text/error-catalog';
import { createCampaignService } from '../../campaigns/index';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { readJsonFile } from '../read-json-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const campaignNew: CliCommand = {
  name: 'campaign new',
  summary: 'Make a campaign from a JSON file (ask, bills, message box, coalition, engagements…)',
  synopsis: '<dir> --from <file.json> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '--from <file>  The campaign as JSON: {title, policyAsk, jurisdiction, jurisdictionName,',
    '               chambers, language, bills, asks, partners, engagements, outcomes, excerpts}.',
    "               The format is in docs/campaign-json.md; 'harbor campaign show --json' prints",
    '               it for an existing campaign.',
    'The file is checked exactly as the app checks a save (the form of every field, then the',
    "campaign's rules: bill steps in date order and allowed after each other, asks and bills",
    'referred to exist, ids unique) before the vault is changed: a file that is not JSON or breaks',
    'a rule is refused with exit 1, saying where, and nothing is written.',
    'Prints the new campaign id on standard output.',
  ],
  positionals: ['dir'],
  flags: { from: 'string' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const from = stringFlag(ctx.args, 'from');
    if (!from) throw new UsageError('Give --from <file.json>.');
    // Read and checked before the vault is unlocked, so a wrong file fails at once and changes nothing.
    const file = await readJsonFile(from, campaignEditSchema);
    const problems = campaignProblems(file);
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).map((p) => `  ${p.path.join('.')}: ${formatMessage('en', p.message)}`);
      throw new UsageError(`${from} does not hold what Harbor expects. Nothing was written.\n${shown.join('\n')}`);
    }
    const created = await withVault(dir, secretAt(ctx, 0), (vault) => createCampaignService(vault).create(file));
    ctx.io.out(created.id);
    ctx.io.err(`Made "${created.title || 'Untitled'}".`);
  },
};
