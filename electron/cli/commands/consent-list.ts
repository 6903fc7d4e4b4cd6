import type { ConsentGrant } from '../../../shared/consent/grant';
import { isPastLastDay } from '../../../shared/core/dates';
import { summarizeGrant } from '../../../shared/consent/summary';
import { createGrantStore } from '../../consent/grant-store';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { withVault } from '../with-vault';

function status(g: ConsentGrant, now: Date): string {
  if (g.revoked) return 'withdrawn';
  return isPastLastDay(g.expiresOn, now) ? 'ended' : 'active';
}

export const consentList: CliCommand = {
  name: 'consent list',
  summary: 'List the consents given',
  synopsis: '<dir> [--story <id>] [--json] --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    'Newest first, one per line: id, status (active, ended, withdrawn), last day, the consent as a',
    'sentence (tab-separated).',
    '--story <id>  Only consents that cover this story.',
    '--json        Print a JSON array of the consents with all their terms.',
  ],
  positionals: ['dir'],
  flags: { story: 'string', json: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const grants = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createGrantStore(vault).list(stringFlag(ctx.args, 'story')),
    );
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(grants, null, 2));
      return;
    }
    if (grants.length === 0) ctx.io.err('No consent has been given yet.');
    const now = new Date();
    for (const g of grants) ctx.io.out(`${g.id}\t${status(g, now)}\t${g.expiresOn}\t${summarizeGrant(g, 'en')}`);
  },
};
