/**
 * Elements a paste may never bring in, even briefly: anything that runs code, loads something,
 * styles the page or changes the document around it. The editor's schema would drop most of them
 * anyway; removing them before ProseMirror parses the HTML means none is ever built as a DOM node.
 */
const DROPPED_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'meta',
  'link',
  'base',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'portal',
].join(',');

/** Attributes that could carry script or a URL; kept attributes are only the schema's own. */
const isDangerousAttribute = (name: string, value: string): boolean => {
  const n = name.toLowerCase();
  if (n.startsWith('on') || n === 'style' || n === 'srcdoc' || n === 'formaction') return true;
  if (n === 'href' || n === 'src' || n === 'action' || n === 'xlink:href' || n === 'data' || n === 'background') {
    // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
    const scheme = Array.from(value)
      .filter((c) => c.charCodeAt(0) > 0x20)
      .join('')
      .toLowerCase();
    return /^(javascript|vbscript|data):/.test(scheme);
  }
  return false;
};

/**
 * editorProps.transformPastedHTML: parses the pasted HTML in an inert document (DOMParser runs no
 * script and loads nothing), removes dangerous elements and attributes, and returns what is left.
 */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.querySelectorAll(DROPPED_ELEMENTS))) el.remove();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (isDangerousAttribute(attr.name, attr.value)) el.removeAttribute(attr.name);
    }
  }
  return doc.body.innerHTML;
}
