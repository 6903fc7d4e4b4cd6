import type { HeadingLevel } from '../../../shared/story/doc-types';

/**
 * Elements whose whole content is dropped: code, styling, embedded documents and media, form
 * controls and document metadata. Nothing inside them is a person's words, and some of it
 * (scripts, overlays, refresh tags) is exactly what a hostile file would hide its payload in.
 */
// prettier-ignore
export const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'meta', 'link', 'base', 'head', 'title', 'template', 'noscript', 'noembed', 'noframes',
  'canvas', 'audio', 'video', 'picture', 'source', 'track', 'img', 'image', 'map', 'area', 'param',
  'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'output', 'progress',
  'meter', 'portal', 'xmp', 'plaintext', 'slot',
]);

/** Elements that start and end a block of text but have no node of their own in a story. */
// prettier-ignore
export const BOUNDARIES = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside',
  'address', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'colgroup', 'dl', 'dt', 'dd', 'details', 'summary', 'fieldset', 'legend', 'form',
  'center', 'hr', 'hgroup', 'search', 'dialog', 'menu', 'dir', 'ul', 'ol', 'li', 'blockquote', 'p',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing',
]);

export const HEADING_LEVEL: Readonly<Record<string, HeadingLevel>> = {
  h1: 1,
  h2: 2,
  h3: 3,
  // The story model has three levels; deeper headings keep their weight as the smallest one.
  h4: 3,
  h5: 3,
  h6: 3,
};

export const SIMPLE_MARK: Readonly<Record<string, 'bold' | 'italic' | 'underline'>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
};

export const PREFORMATTED = new Set(['pre', 'listing']);
