import { attrOf, childElements, type XmlElement, type XmlNode } from './xml-tree';

/**
 * Elements that carry history, hidden text or private data, dropped with everything inside them:
 * tracked deletions and moves, formatting-change history, comment anchors, revision ids, document
 * variables, the attached-template path, bookmarks (their names can quote the text) and
 * proofing marks.
 */
const DROP = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:tblGridChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:numberingChange',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:customXmlInsRangeStart',
  'w:customXmlInsRangeEnd',
  'w:customXmlDelRangeStart',
  'w:customXmlDelRangeEnd',
  'w:customXmlMoveFromRangeStart',
  'w:customXmlMoveFromRangeEnd',
  'w:customXmlMoveToRangeStart',
  'w:customXmlMoveToRangeEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:commentReference',
  'w:annotationRef',
  'w:rsids',
  'w:trackRevisions',
  'w:docVars',
  'w:attachedTemplate',
  'w:dataBinding',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:permStart',
  'w:permEnd',
  'w:proofErr',
  // Left only once runs that use them are gone (see isHiddenRun): nothing in the file stays hidden.
  'w:vanish',
  'w:specVanish',
  'w:webHidden',
]);

/** Tracked insertions and custom-XML wrappers: their content is the text, the wrapper is history. */
const UNWRAP = new Set(['w:ins', 'w:moveTo', 'w:customXml', 'w:smartTag']);

/**
 * Revision-session ids (`w:rsid`, `w:rsidR`, `w:rsidRPr`…) and Word's per-paragraph ids: they can
 * link two exports of one master.
 */
const DROP_ATTR = new Set(['w14:paraId', 'w14:textId', 'w16cid:durableId']);
const isDroppedAttr = (name: string) => name.startsWith('w:rsid') || DROP_ATTR.has(name);

/** `w:val` values that switch hiding off; no value at all (`<w:vanish/>`) switches it on. */
const OFF = new Set<string | undefined>(['0', 'false', 'off']);

/** A run formatted as hidden text is removed with its text, not merely made visible. */
function isHiddenRun(el: XmlElement): boolean {
  if (el.name !== 'w:r') return false;
  const props = childElements(el).find((c) => c.name === 'w:rPr');
  return (
    !!props &&
    childElements(props).some(
      (p) => (p.name === 'w:vanish' || p.name === 'w:specVanish') && !OFF.has(attrOf(p, 'w:val')),
    )
  );
}

/** Cleans one WordprocessingML part (document, styles, settings, numbering, headers, footers…). */
export function cleanWordXml(nodes: readonly XmlNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    // XML comments are text no reader shows; only the declaration is kept of processing instructions.
    if (node.kind === 'other') {
      if (node.raw.startsWith('<!--') || (node.raw.startsWith('<?') && !node.raw.startsWith('<?xml '))) continue;
      out.push(node);
      continue;
    }
    if (node.kind === 'text') {
      out.push(node);
      continue;
    }
    if (DROP.has(node.name) || isHiddenRun(node)) continue;
    const children = cleanWordXml(node.children);
    if (UNWRAP.has(node.name)) {
      out.push(...children);
      continue;
    }
    // A run left with nothing but its properties (e.g. it held only a comment reference).
    if (node.name === 'w:r' && children.every((c) => c.kind === 'element' && c.name === 'w:rPr')) continue;
    out.push({ ...node, attrs: node.attrs.filter((a) => !isDroppedAttr(a.name)), children });
  }
  return out;
}
