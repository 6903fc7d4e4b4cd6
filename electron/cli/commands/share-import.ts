import { describeShareTerms } from '../../../shared/share/describe-terms';
import { createSharedStories } from '../../share/index';
import { secretAt, type CliCommand } from '../command';
import { readShareFile } from '../share-files';
import { withVault } from '../with-vault';

export const shareImport: CliCommand = {
  name: 'share import',
  summary: 'Add a story someone shared with you (read-only)',
  synopsis: '<dir> <file> --passphrase-stdin',
  details: [
    'Standard input: the passphrase, then the share code on the next line.',
    'Prints the shared story id on standard output and its terms on standard error.',
    'Exit 2 if the share code does not open the package; exit 3 if the file is damaged or was changed;',
    'exit 5 if the consent has already ended.',
  ],
  positionals: ['dir', 'file'],
  flags: {},
  secrets: [{ label: 'passphrase' }, { label: 'share code' }],
  async run(ctx) {
    const { dir, file } = ctx.args.positionals as { dir: string; file: string };
    const bytes = await readShareFile(file);
    const view = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createSharedStories({ vault }).importPackage(bytes, secretAt(ctx, 1)),
    );
    ctx.io.out(view.id);
    ctx.io.err(`Added "${view.title ?? 'Shared story'}". ${describeShareTerms(view.terms)}`);
  },
};
