import { quotedStoryIds, type Testimony } from '../../../shared/testimony/testimony-data';
import { createTemplateStore, createTestimonyService } from '../../testimony/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

/** One testimony per line, tab-separated so `cut -f` works: id, last edited, template, stories quoted, title. */
function line(t: Testimony): string {
  const title = t.title.replace(/\s+/g, ' ') || '(untitled)';
  const quoted = quotedStoryIds(t).length;
  const trash = t.trashedAt ? '\t(in the Trash)' : '';
  return `${t.id}\t${t.updatedAt}\t${t.template.id}\t${quoted} ${quoted === 1 ? 'story' : 'stories'} quoted\t${title}${trash}`;
}

export const testimonyList: CliCommand = {
  name: 'testimony list',
  summary: 'List the testimony documents (made in the app from templates)',
  synopsis: '<dir> --passphrase-stdin [--json] [--trashed]',
  details: [
    'Standard input: the passphrase.',
    'Newest edit first, one per line: id, last edited, template, how many stories it quotes, title',
    '(tab-separated). A consent for a testimony covers it and every story it quotes: see',
    "'harbor consent add --testimony'.",
    '--json     Print a JSON array of {id, title, template, language, updatedAt, trashedAt, quotedStoryIds}.',
    '--trashed  Include testimony in the Trash.',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean', trashed: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const all = await withVault(dir, secretAt(ctx, 0), async (vault) => {
      const service = createTestimonyService(vault, createTemplateStore(vault));
      const summaries = await service.list({ includeTrashed: flagSet(ctx.args, 'trashed') });
      return Promise.all(summaries.map((s) => service.get(s.id)));
    });
    if (flagSet(ctx.args, 'json')) {
      const view = all.map((t) => ({
        id: t.id,
        title: t.title,
        template: t.template.id,
        language: t.language,
        updatedAt: t.updatedAt,
        trashedAt: t.trashedAt,
        quotedStoryIds: quotedStoryIds(t),
      }));
      ctx.io.out(JSON.stringify(view, null, 2));
      return;
    }
    if (all.length === 0) ctx.io.err('There is no testimony in this vault yet.');
    for (const t of all) ctx.io.out(line(t));
  },
};
