import type { StorySummary } from '../../../shared/story/story-summary';
import { createStoryService } from '../../stories/index';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

/** One story per line, tab-separated so `cut -f` works: id, last edited, words, title, tags. */
function line(s: StorySummary): string {
  const title = s.title.replace(/\s+/g, ' ') || '(untitled)';
  const tags = s.tags.length ? `\t[${s.tags.join(', ')}]` : '';
  const trash = s.trashedAt ? '\t(in the Trash)' : '';
  return `${s.id}\t${s.updatedAt}\t${s.wordCount} words\t${title}${tags}${trash}`;
}

export const storyList: CliCommand = {
  name: 'story list',
  summary: 'List the stories',
  synopsis: '<dir> --passphrase-stdin [--json] [--trashed]',
  details: [
    'Standard input: the passphrase.',
    'Newest edit first, one per line: id, last edited, word count, title, tags (tab-separated).',
    '--json     Print a JSON array of {id, title, tags, updatedAt, wordCount, trashedAt, revision}.',
    '--trashed  Include stories in the Trash.',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean', trashed: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const stories = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createStoryService(vault).list({ includeTrashed: flagSet(ctx.args, 'trashed') }),
    );
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(stories, null, 2));
      return;
    }
    if (stories.length === 0) ctx.io.err('There are no stories in this vault yet.');
    for (const s of stories) ctx.io.out(line(s));
  },
};
