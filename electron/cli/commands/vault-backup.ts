import { promises as fs } from 'node:fs';
import { HarborError } from '../../../shared/errors';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

export const vaultBackup: CliCommand = {
  name: 'vault backup',
  summary: 'Write the whole vault into one encrypted backup file',
  synopsis: '<dir> <file> --passphrase-stdin [--overwrite]',
  details: [
    'Standard input: the passphrase.',
    'The backup stays encrypted and opens with the same passphrase (see `harbor vault restore`).',
    '--overwrite  Replace <file> if it already exists (otherwise Harbor refuses, so a backup never',
    '             replaces some other file by mistake).',
  ],
  positionals: ['dir', 'file'],
  flags: { overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, file } = ctx.args.positionals as { dir: string; file: string };
    if (!flagSet(ctx.args, 'overwrite') && (await exists(file))) {
      throw new HarborError('exists', { key: 'cli.backupFileExists', params: { file } });
    }
    await withVault(dir, secretAt(ctx, 0), (vault) => vault.backup(file));
    ctx.io.err(`Backup written to ${file}. It opens with this vault's passphrase.`);
  },
};
