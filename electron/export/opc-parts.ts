import { attrOf, parseXml, serializeXml, type XmlElement, type XmlNode } from './xml-tree';

/**
 * The only parts a Harbor DOCX may hold. Anything else (custom properties, comments, people,
 * thumbnails, embedded fonts or objects, customXml, web settings, footnotes we never write, any
 * picture that is not a PNG) is dropped.
 */
/** The only kind of picture Harbor writes into a DOCX: a chart, as PNG. */
export const MEDIA_PNG = /^word\/media\/[0-9a-z]+\.png$/;

const ALLOWED_PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app)\.xml$/,
  /^word\/(document|styles|numbering|settings|fontTable)\.xml$/,
  /^word\/(header|footer)\d+\.xml$/,
  /^word\/theme\/theme1\.xml$/,
  // A chart's picture (a PNG named by its hash); its text-bearing chunks are dropped (scrub-png.ts).
  MEDIA_PNG,
  /^word\/_rels\/(document|styles|numbering|settings|fontTable|header\d+|footer\d+)\.xml\.rels$/,
];

export const isAllowedPart = (name: string) => ALLOWED_PARTS.some((re) => re.test(name));

/** "word/_rels/document.xml.rels" describes "word/document.xml"; "_rels/.rels" the package (""). */
export function relsSource(relsName: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsName);
  if (!m) return relsName;
  return `${m[1]}${m[2]}`;
}

/** Resolves a relationship target against the folder of its source part, as OPC does. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return '';
  }
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/**
 * Keeps only relationships to parts still in the package; external targets (links, templates on
 * someone's disk, web images) always go.
 */
export function pruneRelationships(xml: string, source: string, parts: ReadonlySet<string>): string {
  return rewrite(xml, (el) => {
    if (el.name !== 'Relationship') return true;
    if (attrOf(el, 'TargetMode') === 'External') return false;
    const target = attrOf(el, 'Target');
    return target !== undefined && parts.has(resolveTarget(source, target));
  });
}

/** Drops content-type overrides for parts that are gone. */
export function pruneContentTypes(xml: string, parts: ReadonlySet<string>): string {
  return rewrite(xml, (el) => {
    if (el.name !== 'Override') return true;
    const name = attrOf(el, 'PartName');
    return name !== undefined && parts.has(name.replace(/^\//, ''));
  });
}

function rewrite(xml: string, keep: (el: XmlElement) => boolean): string {
  const filter = (nodes: XmlNode[]): XmlNode[] =>
    nodes.flatMap((n): XmlNode[] => {
      if (n.kind !== 'element') return n.kind === 'other' && n.raw.startsWith('<!--') ? [] : [n];
      return keep(n) ? [{ ...n, children: filter(n.children) }] : [];
    });
  return serializeXml(filter(parseXml(xml)));
}
