import { optional } from '../../../shared/core/optional';
import { createVault, vaultExists } from '../../vault/index';
import { vaultErrors } from '../../vault/vault-errors';
import { flagSet, secretAt, type CliCommand } from '../command';
import { checkNewPassphrase } from '../new-passphrase';

export const vaultInit: CliCommand = {
  name: 'vault init',
  summary: 'Create a new, empty vault in a folder',
  synopsis: '<dir> --passphrase-stdin [--recovery-key]',
  details: [
    'Standard input: the new passphrase (one line, at least 10 characters).',
    '--recovery-key  Also make a recovery key and print it once on standard output as',
    '                "recovery key: XXXX-…". Keep it somewhere safe: it can replace a forgotten',
    '                passphrase, and Harbor cannot show it again.',
    'Key derivation is tuned to this computer (about half a second per unlock).',
  ],
  positionals: ['dir'],
  flags: { 'recovery-key': 'boolean' },
  secrets: [{ label: 'new passphrase', confirm: true }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const passphrase = secretAt(ctx, 0);
    await checkNewPassphrase(passphrase, ctx.io);
    // Checked before the (slow) calibration so a mistake is reported at once.
    if (await vaultExists(dir)) throw vaultErrors.vaultExists();
    const kdf = ctx.options.kdf;
    const { vault, recoveryKey } = await createVault(dir, passphrase, {
      ...optional('kdf', kdf),
      recoveryKey: flagSet(ctx.args, 'recovery-key'),
    });
    await vault.close();
    ctx.io.err(`Created a new Harbor vault in ${dir}.`);
    if (recoveryKey) {
      ctx.io.out(`recovery key: ${recoveryKey}`);
      ctx.io.err('Write the recovery key down and keep it apart from this computer. Harbor will not show it again.');
    }
  },
};
