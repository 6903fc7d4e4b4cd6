import MarkdownIt from 'markdown-it';
import { storyFromHtml } from './from-html';
import type { ImportOptions, ImportedStory } from './imported-story';

/**
 * Markdown is rendered to HTML and then takes the HTML path, so its raw HTML (including Harbor's
 * own data-sensitive spans) is sanitised by the same code as an .html file. Links are not
 * auto-detected: they would only be turned back into plain text.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });
// markdown-it leaves a link it distrusts (javascript:, data:) as literal "[text](target)" text;
// accepting every link instead lets the HTML path keep the words and drop every target alike.
markdown.validateLink = () => true;

export function storyFromMarkdown(text: string, fileName: string, opts: ImportOptions = {}): ImportedStory {
  return storyFromHtml(markdown.render(text), fileName, opts);
}
