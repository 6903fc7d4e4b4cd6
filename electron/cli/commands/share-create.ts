import path from 'node:path';
import { optional } from '../../../shared/core/optional';
import { HarborError } from '../../../shared/errors';
import { createSentPackages } from '../../share/index';
import { secretAt, stringFlag, flagSet, type CliCommand } from '../command';
import { writeShareFile } from '../share-files';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const shareCreate: CliCommand = {
  name: 'share create',
  summary: 'Make an encrypted share package of a story for an advocate',
  synopsis:
    '<dir> --story <id> --grant <gid> --out <file> --passphrase-stdin [--title <t>] [--language en|es] [--overwrite]',
  details: [
    'Standard input: the passphrase.',
    'The package holds only what the consent lets out: redactions and the chosen identity applied,',
    "private notes left out. It carries the consent's terms and ends when the consent does.",
    '--story <id>      The story to share.',
    '--grant <gid>     The consent that covers it (refused, exit 5, if withdrawn, ended or not for this story).',
    '--out <file>      Where to write the package (.harbor-share).',
    '--title <t>       A title the advocate may see. Without it, the package carries no title.',
    '--language en|es  The language of placeholders such as "[name withheld]". Default en.',
    '--overwrite       Replace <file> if it already exists. Never inside a vault folder.',
    'Prints the share code on standard output: seven words that open the package. Give it to the',
    'advocate another way than the file (in person or by phone), never in the same message.',
  ],
  positionals: ['dir'],
  flags: { story: 'string', grant: 'string', out: 'string', title: 'string', language: 'string', overwrite: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['title'],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const storyId = stringFlag(ctx.args, 'story');
    const grantId = stringFlag(ctx.args, 'grant');
    const out = stringFlag(ctx.args, 'out');
    if (!storyId || !grantId || !out) throw new UsageError('Give --story, --grant and --out.');
    const language = stringFlag(ctx.args, 'language') ?? 'en';
    if (language !== 'en' && language !== 'es') throw new UsageError('--language is en or es.');
    const overwrite = flagSet(ctx.args, 'overwrite');
    const kdf = ctx.options.kdf;
    const { shareCode, view } = await withVault(dir, secretAt(ctx, 0), async (vault) => {
      const prepared = await createSentPackages({ vault, ...optional('kdf', kdf) }).prepare({
        storyId,
        grantId,
        title: stringFlag(ctx.args, 'title') ?? null,
        language,
      });
      await writeShareFile(out, prepared.bytes, overwrite).catch((e: unknown) => {
        throw e instanceof HarborError ? e : new HarborError('io', { key: 'share.writeFailed', params: { file: out } });
      });
      return { shareCode: prepared.shareCode, view: await prepared.commit(path.basename(out)) };
    });
    ctx.io.out(shareCode);
    ctx.io.err(
      `Package ${view.packageId} written to ${out}. The code above opens it: give it to the advocate another way (in person or by phone), never with the file.`,
    );
  },
};
