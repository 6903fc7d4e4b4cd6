import { readZip } from '../../export/zip';
import { writeZip } from '../../export/zip-write';
import { attrOf, childElements, parseXml, serializeXml, type XmlElement, type XmlNode } from '../../export/xml-tree';
import { importErrors } from './import-errors';

/** The parts whose text becomes the story (mammoth reads the body, footnotes and endnotes). */
const TEXT_PARTS = /^word\/(document|footnotes|endnotes)\.xml$/;
const OFF = new Set(['0', 'false', 'off']);

/** <w:vanish/> (or <w:vanish w:val="1"/>) in a run's properties; w:val="0" turns it back off. */
const vanishes = (rPr: XmlElement | undefined) =>
  rPr !== undefined &&
  childElements(rPr).some((e) => e.name === 'w:vanish' && !OFF.has((attrOf(e, 'w:val') ?? 'true').toLowerCase()));

/** Character styles that hide their text, from word/styles.xml. */
function hiddenStyles(stylesXml: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!stylesXml) return out;
  const walk = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'element') continue;
      if (n.name === 'w:style') {
        const id = attrOf(n, 'w:styleId');
        if (id && vanishes(childElements(n).find((c) => c.name === 'w:rPr'))) out.add(id);
      } else walk(n.children);
    }
  };
  walk(parseXml(stylesXml));
  return out;
}

/** Escaped text with each entity as one character: enough to count what was hidden. */
const countable = (raw: string) => raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, 'x');

/** The text a run would show: its w:t and w:delText contents, tabs and breaks as one character. */
function runText(run: XmlElement): string {
  let out = '';
  for (const c of childElements(run)) {
    if (c.name === 'w:t') out += c.children.map((t) => (t.kind === 'text' ? countable(t.raw) : '')).join('');
    else if (c.name === 'w:tab' || c.name === 'w:br') out += ' ';
  }
  return out;
}

interface Dropped {
  text: string;
}

function dropHiddenRuns(nodes: XmlNode[], styles: ReadonlySet<string>, dropped: Dropped): XmlNode[] {
  const kept: XmlNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'element' && n.name === 'w:r') {
      const rPr = childElements(n).find((c) => c.name === 'w:rPr');
      const style = rPr && childElements(rPr).find((c) => c.name === 'w:rStyle');
      const styleId = style ? attrOf(style, 'w:val') : undefined;
      if (vanishes(rPr) || (styleId !== undefined && styles.has(styleId))) {
        dropped.text += `${runText(n)} `;
        continue;
      }
    }
    if (n.kind === 'element') n.children = dropHiddenRuns(n.children, styles, dropped);
    kept.push(n);
  }
  return kept;
}

/** How much hidden text was left out, for the notice the person reads. */
export interface HiddenTextDropped {
  words: number;
  characters: number;
}

/**
 * Word's hidden text (w:vanish, directly or through a character style) is invisible in Word but
 * mammoth would import it as ordinary, unmarked story text: "Juan Perez 42 Elm" typed and hidden
 * would leave Harbor in the next export. It is removed before conversion, and counted so the
 * person is told. Tracked insertions stay (they are text); tracked deletions mammoth already drops.
 */
export function dropHiddenDocxText(bytes: Buffer): { bytes: Buffer; dropped: HiddenTextDropped | null } {
  let entries;
  try {
    entries = readZip(bytes);
  } catch {
    throw importErrors.unreadableDocx();
  }
  const styles = hiddenStyles(entries.find((e) => e.name === 'word/styles.xml')?.data.toString('utf8'));
  const dropped: Dropped = { text: '' };
  let changed = false;
  const out = entries.map((entry) => {
    if (!TEXT_PARTS.test(entry.name)) return entry;
    const before = dropped.text.length;
    let nodes: XmlNode[];
    try {
      nodes = parseXml(entry.data.toString('utf8'));
    } catch {
      throw importErrors.unreadableDocx();
    }
    const cleaned = dropHiddenRuns(nodes, styles, dropped);
    if (dropped.text.length === before) return entry;
    changed = true;
    return { name: entry.name, data: Buffer.from(serializeXml(cleaned), 'utf8') };
  });
  // Always the re-written package: mammoth then reads exactly the parts checked here, even where
  // its zip reader and ours would disagree about a malformed file.
  if (!changed) return { bytes: writeZip(out), dropped: null };
  const words = dropped.text.split(/\s+/).filter((w) => w !== '').length;
  const characters = dropped.text.replace(/\s+/g, '').length;
  return { bytes: writeZip(out), dropped: { words, characters } };
}
