import { optional } from '../../../shared/core/optional';
import { createStoryService } from '../../stories/story-service';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { readStoryFile, reportImportNotices } from '../read-story-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const storyUpdate: CliCommand = {
  name: 'story update',
  summary: "Replace a story's text from a file (as a new version)",
  synopsis: '<dir> <id> --from <file> --passphrase-stdin [--title <title>] [--revision-name <name>]',
  details: [
    'Standard input: the passphrase.',
    '--from <file>           The new text: .txt, .md, .html or .docx. Earlier versions stay in the',
    "                        story's history.",
    '--title <title>         Also change the title (otherwise it stays as it is).',
    '--revision-name <name>  Name this version, e.g. "Sent to the Senate committee". Named versions',
    '                        are always kept.',
    'Exit 4 if there is no story with that id.',
  ],
  positionals: ['dir', 'id'],
  flags: { from: 'string', title: 'string', 'revision-name': 'string' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['title', 'revision-name'],
  async run(ctx) {
    const { dir, id } = ctx.args.positionals as { dir: string; id: string };
    const from = stringFlag(ctx.args, 'from');
    const title = stringFlag(ctx.args, 'title');
    const revisionName = stringFlag(ctx.args, 'revision-name');
    if (from === undefined) throw new UsageError('Missing --from <file>.');
    // The story keeps its title (unless --title), so the file's first heading stays in the text.
    const imported = await readStoryFile(from, { keepTitleInText: true });
    const before = { revision: 0 };
    const story = await withVault(dir, secretAt(ctx, 0), async (vault) => {
      const stories = createStoryService(vault);
      before.revision = (await stories.get(id)).revision;
      return stories.update(
        id,
        { doc: imported.doc, ...optional('title', title) },
        revisionName !== undefined ? { revisionName } : undefined,
      );
    });
    reportImportNotices(imported, (text) => ctx.io.err(text));
    ctx.io.err(
      story.revision === before.revision
        ? 'Nothing changed: the file holds the same text as the story.'
        : `Saved as version ${story.revision} of "${story.title || 'Untitled'}".`,
    );
  },
};
