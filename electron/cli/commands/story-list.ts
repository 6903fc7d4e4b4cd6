import type { StorySummary } from '../../../shared/story/story-summary';
import { isHarborError } from '../../../shared/errors';
import { createStoryService } from '../../stories/story-service';
import { createStoryReader } from '../../stories/stored-story';
import type { OpenVault } from '../../vault/types';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

type Listed = StorySummary & { damaged?: true };

/** One story per line, tab-separated so `cut -f` works: id, last edited, words, title, tags. */
function line(s: Listed): string {
  const title = s.title.replace(/\s+/g, ' ') || '(untitled)';
  const tags = s.tags.length ? `\t[${s.tags.join(', ')}]` : '';
  const trash = s.trashedAt ? '\t(in the Trash)' : '';
  const damaged = s.damaged ? '\t(damaged: it cannot be opened)' : '';
  return `${s.id}\t${s.updatedAt}\t${s.wordCount} words\t${title}${tags}${trash}${damaged}`;
}

/**
 * The list comes from the library's summaries, which are not re-read for unchanged stories; a story
 * whose every saved version was damaged since would be listed as if it were fine. So each is opened.
 */
async function markDamaged(vault: OpenVault, stories: StorySummary[]): Promise<Listed[]> {
  const out: Listed[] = [];
  const reader = createStoryReader(vault);
  for (const story of stories) {
    // As the app opens it: an autosave delta over its base (decision 0017), else the newest whole version.
    const readable = await reader.latest(story.id).then(
      () => true,
      (error: unknown) => !(isHarborError(error) && error.code === 'integrity'),
    );
    out.push(readable ? story : { ...story, damaged: true });
  }
  return out;
}

export const storyList: CliCommand = {
  name: 'story list',
  summary: 'List the stories',
  synopsis: '<dir> --passphrase-stdin [--json] [--trashed]',
  details: [
    'Standard input: the passphrase.',
    'Newest edit first, one per line: id, last edited, word count, title, tags (tab-separated).',
    '--json     Print a JSON array of {id, title, tags, updatedAt, wordCount, trashedAt, revision}, with',
    '           "damaged": true on a story none of whose saved versions can be read.',
    'A story that is damaged (it cannot be opened) is marked "(damaged: it cannot be opened)".',
    '--trashed  Include stories in the Trash.',
  ],
  positionals: ['dir'],
  flags: { json: 'boolean', trashed: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const stories = await withVault(dir, secretAt(ctx, 0), async (vault) =>
      markDamaged(vault, await createStoryService(vault).list({ includeTrashed: flagSet(ctx.args, 'trashed') })),
    );
    const damaged = stories.filter((s) => s.damaged).length;
    if (flagSet(ctx.args, 'json')) {
      ctx.io.out(JSON.stringify(stories, null, 2));
      return;
    }
    if (stories.length === 0) ctx.io.err('There are no stories in this vault yet.');
    for (const s of stories) ctx.io.out(line(s));
    if (damaged > 0) {
      ctx.io.err(
        `${damaged === 1 ? 'One story is' : `${damaged} stories are`} damaged and cannot be opened. ` +
          "'harbor vault verify' lists what is damaged; a backup can bring it back.",
      );
    }
  },
};
