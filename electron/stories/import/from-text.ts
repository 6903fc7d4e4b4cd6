import { DOC_LIMITS } from '../../../shared/story/doc-limits';
import { parseStoryDoc } from '../../../shared/story/doc-schema';
import type { InlineNode, ParagraphNode } from '../../../shared/story/doc-types';
import { countWords } from '../../../shared/story/word-count';
import { stripControlCharacters } from './decode-text';
import { importErrors } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';
import type { ImportOptions, ImportedStory } from './imported-story';
import { cleanTitle } from './clean-title';
import { titleFromFileName } from './file-name';

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n += 1;
  return n;
}

function paragraph(lines: string[]): ParagraphNode {
  const content: InlineNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' });
    if (line) content.push({ type: 'text', text: line });
  });
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A first line reads as a title when it is short and does not end like a sentence. */
function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= IMPORT_LIMITS.maxTextTitleChars && countWords(t) <= 15 && !/[.,;:]$/.test(t);
}

/**
 * Plain text: paragraphs are separated by blank lines, and the line breaks inside a paragraph are
 * kept (an address or a poem must not run together). A file written with one paragraph per line
 * and no blank lines at all (Notepad style) gets one paragraph per line. The first paragraph is
 * the title when it is a single short line and more text follows.
 */
export function storyFromText(text: string, fileName: string, opts: ImportOptions = {}): ImportedStory {
  const normalised = stripControlCharacters(text.replace(/\r\n?/g, '\n')).replace(/[ \t]+$/gm, '');
  // Each line can become a node; refuse before building millions of them.
  if (countLines(normalised) > DOC_LIMITS.maxNodes / 2) throw importErrors.tooLong();
  const hasBlankLines = /\n[ \t]*\n/.test(normalised.trim());
  let blocks = (hasBlankLines ? normalised.split(/\n(?:[ \t]*\n)+/) : normalised.split('\n'))
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');

  let title = titleFromFileName(fileName);
  const first = blocks[0];
  if (blocks.length > 1 && first !== undefined && !first.includes('\n') && looksLikeTitle(first)) {
    title = cleanTitle(first);
    if (!opts.keepTitleInText) blocks = blocks.slice(1);
  }
  const content = blocks.map((b) => paragraph(b.split('\n')));
  return { title, doc: parseStoryDoc({ type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }) };
}
