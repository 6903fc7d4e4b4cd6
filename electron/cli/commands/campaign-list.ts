import { createCampaignService } from '../../campaigns/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

export const campaignList: CliCommand = {
  name: 'campaign list',
  summary: 'List the campaigns',
  synopsis: '<dir> --passphrase-stdin [--json] [--trashed]',
  details: [
    'Standard input: the passphrase.',
    'Newest edit first, one per line: id, last edited, bills, engagements, open follow-ups, title',
    '(tab-separated).',
    '--json     Print a JSON array of {id, title, policyAsk, jurisdiction, bills, engagements,',
    '           openFollowUps, updatedAt, trashedAt}.',
    '--trashed  Include campaigns in the Trash.',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean', trashed: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const all = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createCampaignService(vault).list({ includeTrashed: flagSet(ctx.args, 'trashed') }),
    );
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(all, null, 2));
      return;
    }
    if (all.length === 0) ctx.io.err('There is no campaign in this vault yet.');
    for (const c of all) {
      const title = c.title.replace(/\s+/g, ' ') || '(untitled)';
      const trash = c.trashedAt ? '\t(in the Trash)' : '';
      ctx.io.out(
        `${c.id}\t${c.updatedAt}\t${c.bills} bills\t${c.engagements} engagements\t${c.openFollowUps} open follow-ups\t${title}${trash}`,
      );
    }
  },
};
