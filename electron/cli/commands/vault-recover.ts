import { createUnlockGuard } from '../../session/attempt-guard';
import { recoverVault } from '../../vault/index';
import { secretAt, type CliCommand } from '../command';
import { checkNewPassphrase } from '../new-passphrase';
import { reportRotation } from '../rotation-report';

export const vaultRecover: CliCommand = {
  name: 'vault recover',
  summary: 'Set a new passphrase using the recovery key',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the recovery key, then the new passphrase (one line each).',
    'For a forgotten passphrase. Also makes new keys, as `harbor vault passwd` does: a new recovery key',
    'is printed once on standard output as "recovery key: …" and the one just used stops working.',
    'Exit 3 if some saved versions were already damaged and could not be carried over (listed on standard error).',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'recovery key' }, { label: 'new passphrase', confirm: true }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const next = secretAt(ctx, 1);
    await checkNewPassphrase(next, ctx.io);
    const { vault, ...rotated } = await createUnlockGuard({ dir }).attempt(() =>
      recoverVault(dir, secretAt(ctx, 0), next),
    );
    await vault.close();
    ctx.io.err('Your vault has a new passphrase, and everything is now encrypted under new keys.');
    return reportRotation(ctx.io, rotated);
  },
};
