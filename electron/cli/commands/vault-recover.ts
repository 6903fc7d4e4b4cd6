import { createUnlockGuard } from '../../session/attempt-guard';
import { recoverVault } from '../../vault/index';
import { secretAt, type CliCommand } from '../command';
import { checkNewPassphrase } from '../new-passphrase';

export const vaultRecover: CliCommand = {
  name: 'vault recover',
  summary: 'Set a new passphrase using the recovery key',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the recovery key, then the new passphrase (one line each).',
    'For a forgotten passphrase. The recovery key keeps working afterwards.',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'recovery key' }, { label: 'new passphrase', confirm: true }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const next = secretAt(ctx, 1);
    checkNewPassphrase(next, ctx.io);
    const vault = await createUnlockGuard({ dir }).attempt(() => recoverVault(dir, secretAt(ctx, 0), next));
    await vault.close();
    ctx.io.err('Your vault has a new passphrase. Your recovery key still works.');
  },
};
