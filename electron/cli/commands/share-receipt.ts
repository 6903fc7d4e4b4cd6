import { createSharedStories } from '../../share/index';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import { writeShareFile } from '../share-files';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const shareReceipt: CliCommand = {
  name: 'share receipt',
  summary: 'Write a receipt of where a shared story was used, for its writer',
  synopsis: '<dir> <package-id> --out <file> --passphrase-stdin [--overwrite]',
  details: [
    'Standard input: the passphrase.',
    '<package-id> is the package id or the shared story id. The receipt lists every export that',
    "quoted the story (when, for whom, what for, which format, the file's name and hash). It is",
    "encrypted with the package's share code, so only its writer's Harbor can read it.",
    'Name it *.harbor-receipt; receipts from older versions end in .harbor-share (read too).',
  ],
  positionals: ['dir', 'package-id'],
  flags: { out: 'string', overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, 'package-id': id } = ctx.args.positionals as { dir: string; 'package-id': string };
    const out = stringFlag(ctx.args, 'out');
    if (!out) throw new UsageError('Give --out <file> for the receipt.');
    const { bytes, view } = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createSharedStories({ vault }).writeReceipt(id),
    );
    await writeShareFile(out, bytes, flagSet(ctx.args, 'overwrite'));
    ctx.io.err(`Receipt written to ${out}: ${view.uses.length === 1 ? '1 use' : `${view.uses.length} uses`}.`);
  },
};
