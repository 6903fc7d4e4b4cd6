import { docToPlainText } from '../../../shared/story/plain-text';
import type { StoryData } from '../../../shared/story/story-data';
import { createStoryService } from '../../stories/story-service';
import { flagSet, secretAt, type CliCommand } from '../command';
import { withVault } from '../with-vault';

export const storyShow: CliCommand = {
  name: 'story show',
  summary: 'Print one story',
  synopsis: '<dir> <id> --passphrase-stdin [--json]',
  details: [
    'Standard input: the passphrase.',
    'Prints the title, a blank line and the text. Private notes are included, each paragraph',
    'starting with "[private note]"; lists get bullets or numbers and quotes start with "> ".',
    '--json  Print the stored story instead: {title, tags, doc, createdAt, updatedAt, trashedAt},',
    '        where doc is the editor document (TipTap JSON).',
    'Exit 4 if there is no story with that id; exit 3 if it is damaged.',
  ],
  positionals: ['dir', 'id'],
  flags: { json: 'boolean' },
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir, id } = ctx.args.positionals as { dir: string; id: string };
    const story = await withVault(dir, secretAt(ctx, 0), (vault) => createStoryService(vault).get(id));
    if (flagSet(ctx.args, 'json')) {
      const { title, tags, doc, createdAt, updatedAt, trashedAt } = story;
      const data: StoryData = { title, tags, doc, createdAt, updatedAt, trashedAt };
      ctx.io.out(JSON.stringify(data, null, 2));
      return;
    }
    if (story.trashedAt) ctx.io.err('This story is in the Trash.');
    const text = docToPlainText(story.doc, { includePrivateNotes: true, forReading: true });
    ctx.io.out(`${story.title || 'Untitled'}\n\n${text}`);
  },
};
