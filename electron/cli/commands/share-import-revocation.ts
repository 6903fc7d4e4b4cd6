import { createSharedStories } from '../../share/index';
import { secretAt, type CliCommand } from '../command';
import { readShareFile } from '../share-files';
import { withVault } from '../with-vault';

export const shareImportRevocation: CliCommand = {
  name: 'share import-revocation',
  summary: "Apply a writer's withdrawal to a story they shared with you",
  synopsis: '<dir> <file> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    "The story's text is removed from this vault; its terms and use record stay, so you can still",
    'write a receipt. Exit 3 if the file was not made with the package\u2019s share code.',
    'Reads a .harbor-withdrawal file, or a withdrawal from an older Harbor that ends in .harbor-share.',
  ],
  positionals: ['dir', 'file'],
  flags: {},
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, file } = ctx.args.positionals as { dir: string; file: string };
    const bytes = await readShareFile(file);
    const view = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createSharedStories({ vault }).importRevocation(bytes),
    );
    ctx.io.out(view.id);
    ctx.io.err(
      `The writer withdrew "${view.title ?? 'Shared story'}" on ${view.revokedAt?.slice(0, 10)}. It can no longer be quoted.`,
    );
  },
};
