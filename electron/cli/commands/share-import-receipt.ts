import { createSentPackages } from '../../share/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { readShareFile } from '../share-files';
import { withVault } from '../with-vault';

export const shareImportReceipt: CliCommand = {
  name: 'share import-receipt',
  summary: 'Read a receipt from an advocate: where your shared words went',
  synopsis: '<dir> <file> --passphrase-stdin [--json]',
  details: [
    'Standard input: the passphrase.',
    'Prints one line per use: date, format, audience, purpose, file name. --json prints the uses as JSON.',
    "Exit 3 if the receipt was not made with your package's share code; exit 4 if the package is not yours.",
    'Reads a .harbor-receipt file, or a receipt from an older Harbor that ends in .harbor-share.',
  ],
  positionals: ['dir', 'file'],
  flags: { json: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, file } = ctx.args.positionals as { dir: string; file: string };
    const bytes = await readShareFile(file);
    const view = await withVault(dir, secretAt(ctx, 0), (vault) => createSentPackages({ vault }).importReceipt(bytes));
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify({ packageId: view.packageId, uses: view.uses }, null, 2));
      return;
    }
    for (const u of view.uses) {
      ctx.io.out(`${u.at.slice(0, 10)}  ${u.format.toUpperCase()}  ${u.audience.name}  ${u.purpose}  ${u.fileName}`);
    }
    ctx.io.err(
      view.uses.length === 0 ? 'The advocate has not used this story yet.' : `${view.uses.length} uses in all.`,
    );
  },
};
