import { createProfileStore } from '../../consent/profile-store';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const profileSet: CliCommand = {
  name: 'profile set',
  summary: 'Set your own name (kept encrypted; exports show it only as each consent allows)',
  synopsis: '<dir> --name <full name> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '--name <full name>  Your name as you write it. Byline, signature and every mention of it in an',
    "                    export follow the consent's identity: full, first name, initials, a pseudonym or none.",
  ],
  positionals: ['dir'],
  flags: { name: 'string' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['name'],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const name = stringFlag(ctx.args, 'name');
    if (name === undefined || name.trim().length > 200)
      throw new UsageError('--name needs your name (up to 200 characters).');
    await withVault(dir, secretAt(ctx, 0), (vault) => createProfileStore(vault).set({ fullName: name }));
    ctx.io.err('Your name is saved, encrypted, in the vault.');
  },
};
