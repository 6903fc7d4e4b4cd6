import { parseStoryDoc } from '../../../shared/story/doc-schema';
import type { StoryDoc } from '../../../shared/story/doc-types';
import { htmlToDoc } from './html-to-doc';
import type { ImportOptions, ImportedStory } from './imported-story';
import { cleanTitle } from './clean-title';
import { titleFromFileName } from './file-name';

/** A leading level-1 heading that became the title would otherwise be shown twice. */
function withoutLeadingTitle(doc: StoryDoc, title: string): StoryDoc {
  const [first, ...rest] = doc.content ?? [];
  if (first?.type !== 'heading' || first.attrs.level !== 1) return doc;
  const text = (first.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
  if (cleanTitle(text) !== title) return doc;
  return { type: 'doc', content: rest.length ? rest : [{ type: 'paragraph' }] };
}

/** HTML from any source → a story; the title is the first h1's text, else the file's name. */
export function storyFromHtml(html: string, fileName: string, opts: ImportOptions = {}): ImportedStory {
  const { doc, firstH1 } = htmlToDoc(html);
  const heading = firstH1 === null ? '' : cleanTitle(firstH1);
  const title = heading || titleFromFileName(fileName);
  // The builder only makes schema-shaped nodes; parsing again is the guard against our own bugs.
  const body = heading && !opts.keepTitleInText ? withoutLeadingTitle(doc, heading) : doc;
  return { title, doc: parseStoryDoc(body) };
}
