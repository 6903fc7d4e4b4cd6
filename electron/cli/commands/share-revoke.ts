import { createSentPackages } from '../../share/index';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { writeShareFile } from '../share-files';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const shareRevoke: CliCommand = {
  name: 'share revoke',
  summary: 'Withdraw a package you shared, and write the file that tells the advocate',
  synopsis: '<dir> <package-id> --out <file> --passphrase-stdin [--reason <text>] [--overwrite]',
  details: [
    'Standard input: the passphrase.',
    "The file is authenticated with the package's share code, so nobody else can make one. When the",
    "advocate imports it, Harbor removes the story's text from their vault and it can no longer be",
    'quoted. Something already submitted as public record cannot be recalled.',
    'Running it again writes the same withdrawal (same date).',
    'Name it *.harbor-withdrawal; withdrawals from older versions end in .harbor-share (read too).',
  ],
  positionals: ['dir', 'package-id'],
  flags: { out: 'string', reason: 'string', overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['reason'],
  async run(ctx) {
    const { dir, 'package-id': packageId } = ctx.args.positionals as { dir: string; 'package-id': string };
    const out = stringFlag(ctx.args, 'out');
    if (!out) throw new UsageError('Give --out <file> for the withdrawal file.');
    const { bytes } = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createSentPackages({ vault }).revoke(packageId, stringFlag(ctx.args, 'reason') ?? ''),
    );
    await writeShareFile(out, bytes, flagSet(ctx.args, 'overwrite'));
    ctx.io.err(`Withdrawn. Send ${out} to the advocate; once they import it, the story can no longer be quoted.`);
  },
};
