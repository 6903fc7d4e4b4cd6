import { secretAt, type CliCommand } from '../command';
import { checkNewPassphrase } from '../new-passphrase';
import { reportRotation } from '../rotation-report';
import { withVault } from '../with-vault';

export const vaultPasswd: CliCommand = {
  name: 'vault passwd',
  summary: 'Change the passphrase (and the keys)',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the current passphrase, then the new passphrase (one line each).',
    'Also makes new keys and re-encrypts every item with them, in one step that is safe if interrupted,',
    'so an old copy of the vault and the old passphrase cannot read anything saved from now on.',
    'Backups made before still open with the old passphrase: make a new one with `harbor vault backup`.',
    'If the vault has a recovery key, a new one is printed once on standard output as "recovery key: …"',
    'and the old one stops working.',
    'Exit 3 if some saved versions were already damaged and could not be carried over (listed on standard error).',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'current passphrase' }, { label: 'new passphrase', confirm: true }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const next = secretAt(ctx, 1);
    await checkNewPassphrase(next, ctx.io);
    const result = await withVault(dir, secretAt(ctx, 0), (vault) => vault.changePassphrase(next));
    ctx.io.err(
      'Passphrase changed, and everything is now encrypted under new keys. Use the new passphrase from now on.',
    );
    ctx.io.err(
      'Backups made before this change still open with the old passphrase. Make a new backup with ' +
        "'harbor vault backup', then delete the old ones.",
    );
    return reportRotation(ctx.io, result);
  },
};
