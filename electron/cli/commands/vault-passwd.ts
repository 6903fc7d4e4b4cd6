import { secretAt, type CliCommand } from '../command';
import { checkNewPassphrase } from '../new-passphrase';
import { withVault } from '../with-vault';

export const vaultPasswd: CliCommand = {
  name: 'vault passwd',
  summary: 'Change the passphrase',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the current passphrase, then the new passphrase (one line each).',
    'The stories are not re-encrypted; only the key that unlocks them is re-wrapped. A recovery key keeps working.',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'current passphrase' }, { label: 'new passphrase', confirm: true }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const next = secretAt(ctx, 1);
    checkNewPassphrase(next, ctx.io);
    await withVault(dir, secretAt(ctx, 0), (vault) => vault.changePassphrase(next));
    ctx.io.err('Passphrase changed. Use the new one from now on.');
  },
};
