import { createGrantStore } from '../../consent/grant-store';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { withVault } from '../with-vault';

export const consentRevoke: CliCommand = {
  name: 'consent revoke',
  summary: 'Withdraw a consent: nothing more can be exported under it',
  synopsis: '<dir> <gid> [--reason <text>] --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '--reason <text>  Kept with the consent, for you.',
    'Files already shared are not recalled; the app can write a withdrawal letter to the recipient.',
  ],
  positionals: ['dir', 'gid'],
  flags: { reason: 'string' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['reason'],
  async run(ctx) {
    const { dir, gid } = ctx.args.positionals as { dir: string; gid: string };
    const grant = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createGrantStore(vault).revoke(gid, stringFlag(ctx.args, 'reason') ?? ''),
    );
    ctx.io.err(`Withdrawn on ${grant.revoked?.at.slice(0, 10)}. Nothing more can be exported under this consent.`);
  },
};
