import { describeShareTerms } from '../../../shared/share/describe-terms';
import { docToPlainText } from '../../../shared/story/plain-text';
import { createSharedStories } from '../../share/index';
import { EXIT } from '../exit-codes';
import { secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

export const shareShow: CliCommand = {
  name: 'share show',
  summary: 'Print a story shared with you, exactly as you may read it, with its terms',
  synopsis: '<dir> <shared-id> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '<shared-id>  A story shared with you: its id from `share import` or `share list`, or its package id.',
    'Prints the title the writer approved, a blank line and the text as the package carries it: made',
    "by the writer's release gate, so details they withheld are placeholders such as",
    '"[name withheld]", their name appears as they chose, and their private notes are not there. Their',
    'original never reaches this vault. Lists get bullets or numbers, and quotes start with "> ".',
    'On standard error: the terms (who it is for, what for, until when) and whether it may still be quoted.',
    'Exit 5 if the writer withdrew consent: the text was removed from this vault, and nothing is printed.',
    'Exit 4 if there is no such shared story.',
  ],
  positionals: ['dir', 'shared-id'],
  flags: {},
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, 'shared-id': id } = ctx.args.positionals as { dir: string; 'shared-id': string };
    const view = await withVault(dir, secretAt(ctx, 0), (vault) => createSharedStories({ vault }).get(id));
    const ended = view.status !== 'active';
    ctx.io.err(describeShareTerms(view.terms, 'en', { ended }));
    if (view.status === 'revoked' || view.doc === null) {
      ctx.io.err(
        `The writer withdrew consent on ${(view.revokedAt ?? '').slice(0, 10)}. The text was removed from this vault.`,
      );
      return EXIT.consentRefused;
    }
    if (view.status === 'expired')
      ctx.io.err(`The consent ended on ${view.expiresOn}: you may read this story but no longer quote it.`);
    // The package's text is already the release gate's output; it is printed as it was received.
    ctx.io.out(`${view.title ?? 'Shared story'}\n\n${docToPlainText(view.doc, { forReading: true })}`);
  },
};
