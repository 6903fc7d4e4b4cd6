import { restoreBackup } from '../../vault/index';
import { secretAt, type CliCommand } from '../command';

export const vaultRestore: CliCommand = {
  name: 'vault restore',
  summary: 'Make a vault from a backup file',
  synopsis: '<file> <dir> --passphrase-stdin',
  details: [
    'Standard input: the passphrase the vault had when the backup was made.',
    '<dir> must not exist yet or be empty. The whole backup is checked before anything is written,',
    'so <dir> ends up either untouched or a complete vault.',
  ],
  positionals: ['file', 'dir'],
  flags: {},
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { file, dir } = ctx.args.positionals as { file: string; dir: string };
    const vault = await restoreBackup(file, dir, secretAt(ctx, 0));
    await vault.close();
    ctx.io.err(`Restored the vault from ${file} into ${dir}.`);
  },
};
