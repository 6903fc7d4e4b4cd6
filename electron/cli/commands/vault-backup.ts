import { HarborError } from '../../../shared/errors';
import { flagSet, secretAt, type CliCommand } from '../command';
import { checkOutputFile } from '../output-file';
import { withVault } from '../with-vault';

export const vaultBackup: CliCommand = {
  name: 'vault backup',
  summary: 'Write the whole vault into one encrypted backup file',
  synopsis: '<dir> <file> --passphrase-stdin [--overwrite]',
  details: [
    'Standard input: the passphrase.',
    'The backup stays encrypted and opens with the same passphrase (see `harbor vault restore`).',
    '--overwrite  Replace <file> if it already exists (otherwise Harbor refuses, so a backup never',
    '             replaces some other file by mistake).',
    'Harbor refuses to write <file> inside a vault folder (this one or any other).',
  ],
  positionals: ['dir', 'file'],
  flags: { overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, file } = ctx.args.positionals as { dir: string; file: string };
    const target = await checkOutputFile(file, {
      overwrite: flagSet(ctx.args, 'overwrite'),
      exists: (shown) => new HarborError('exists', { key: 'cli.backupFileExists', params: { file: shown } }),
    });
    await withVault(dir, secretAt(ctx, 0), (vault) => vault.backup(target));
    ctx.io.err(`Backup written to ${file}. It opens with this vault's passphrase.`);
  },
};
