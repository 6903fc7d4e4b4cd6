import { emptyStoryDoc } from '../../../shared/story/empty-doc';
import { createStoryService } from '../../stories/story-service';
import { secretAt, stringFlag, type CliCommand } from '../command';
import { readStoryFile, reportImportNotices } from '../read-story-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';

export const storyAdd: CliCommand = {
  name: 'story add',
  summary: 'Add a story from a .txt, .md, .html or .docx file',
  synopsis: '<dir> --title <title> --from <file> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    '--from <file>    The story text: .txt, .md, .html or .docx (up to 20 MB). Formatting Harbor',
    '                 does not keep (links, images, styles, scripts) is left out.',
    "--title <title>  The story's title. Without it, the file's first heading (or first short line",
    "                 of a .txt), else the file's name.",
    'Prints the new story id on standard output.',
  ],
  positionals: ['dir'],
  flags: { title: 'string', from: 'string' },
  secrets: [{ label: 'passphrase' }],
  identifying: ['title'],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const title = stringFlag(ctx.args, 'title');
    const from = stringFlag(ctx.args, 'from');
    if (from === undefined && title === undefined) {
      throw new UsageError('Give the story a --title, a --from file, or both.');
    }
    // The file is read and checked before the vault is unlocked, so a wrong file fails at once.
    const keepTitleInText = title !== undefined;
    const imported =
      from !== undefined ? await readStoryFile(from, { keepTitleInText }) : { title: '', doc: emptyStoryDoc() };
    const story = await withVault(dir, secretAt(ctx, 0), (vault) =>
      createStoryService(vault).create({ title: title ?? imported.title, doc: imported.doc }),
    );
    ctx.io.out(story.id);
    if (from !== undefined) reportImportNotices(imported, (text) => ctx.io.err(text));
    ctx.io.err(
      `Added "${story.title || 'Untitled'}" (${story.wordCount === 1 ? '1 word' : `${story.wordCount} words`}).`,
    );
  },
};
