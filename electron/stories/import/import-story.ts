import { decodeText } from './decode-text';
import { storyFromDocx } from './from-docx';
import { storyFromHtml } from './from-html';
import { storyFromMarkdown } from './from-markdown';
import { storyFromText } from './from-text';
import { importErrors } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';
import type { ImportOptions, ImportedStory } from './imported-story';
import { extensionOf } from './file-name';

const mib = (bytes: number) => bytes / (1024 * 1024);

/**
 * Turns a file's bytes into a story's title and document. The extension decides the format (the
 * person picked the file; sniffing contents would only add ways to be surprised). Everything
 * passes the story schema before it is returned. It runs in the import worker (import-worker.ts),
 * never in the main process: a hostile file can cost that worker its memory or time, nothing more.
 */
export async function importStory(bytes: Buffer, fileName: string, opts: ImportOptions = {}): Promise<ImportedStory> {
  const ext = extensionOf(fileName);
  if (!['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx'].includes(ext))
    throw importErrors.unsupported();
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw importErrors.tooLarge(mib(IMPORT_LIMITS.maxBytes));
  switch (ext) {
    case 'docx':
      return storyFromDocx(bytes, fileName, opts);
    case 'md':
    case 'markdown':
      if (bytes.length > IMPORT_LIMITS.maxMarkdownBytes)
        throw importErrors.tooLarge(mib(IMPORT_LIMITS.maxMarkdownBytes));
      return storyFromMarkdown(decodeText(bytes), fileName, opts);
    case 'html':
    case 'htm':
    case 'xhtml':
      return storyFromHtml(decodeText(bytes), fileName, opts);
    default:
      return storyFromText(decodeText(bytes), fileName, opts);
  }
}
