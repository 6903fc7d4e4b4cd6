import { secretAt, type CliCommand } from '../command';
import { reportRotation } from '../rotation-report';
import { withVault } from '../with-vault';

export const vaultRotateKeys: CliCommand = {
  name: 'vault rotate-keys',
  summary: 'Re-encrypt everything under new keys',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    'Makes a new vault key and re-encrypts every item with it (safe if interrupted). The passphrase',
    'stays the same. If the vault has a recovery key, a new one is printed once on standard output as',
    '"recovery key: …" and the old one stops working.',
    'Exit 3 if some saved versions were already damaged and could not be carried over (listed on standard error).',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const result = await withVault(dir, secretAt(ctx, 0), (vault) => vault.rotateKeys());
    ctx.io.err('Every item is now encrypted under new keys.');
    return reportRotation(ctx.io, result);
  },
};
