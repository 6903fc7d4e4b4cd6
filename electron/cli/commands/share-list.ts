import { describeShareTerms } from '../../../shared/share/describe-terms';
import { createSentPackages, createSharedStories } from '../../share/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

export const shareList: CliCommand = {
  name: 'share list',
  summary: 'List packages you shared and stories shared with you',
  synopsis: '<dir> --passphrase-stdin [--json]',
  details: [
    'Standard input: the passphrase.',
    'Two sections: "shared by you" (package id, status, audience, uses reported) and "shared with you"',
    '(shared story id, status, title, terms). --json prints {sent, received}.',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const { sent, received } = await withVault(dir, secretAt(ctx, 0), async (vault) => ({
      sent: await createSentPackages({ vault }).list(),
      received: await createSharedStories({ vault }).list(),
    }));
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify({ sent, received }, null, 2));
      return;
    }
    ctx.io.out('shared by you:');
    for (const p of sent) ctx.io.out(`  ${p.packageId}  ${p.status}  ${p.terms.audience.name}  ${p.uses.length} uses reported`);
    ctx.io.out('shared with you:');
    for (const s of received) ctx.io.out(`  ${s.id}  ${s.status}  ${s.title ?? 'Shared story'}  ${describeShareTerms(s.terms, 'en', { ended: s.status !== 'active' })}`);
  },
};
