import { appXml, coreXml } from './docx-properties';
import { isAllowedPart, pruneContentTypes, pruneRelationships, relsSource } from './opc-parts';
import { cleanWordXml } from './wordml-cleanup';
import { parseXml, serializeXml } from './xml-tree';
import { readZip, writeZip, type ZipEntry } from './zip';

export interface ScrubDocxOptions {
  /** The approved title, or null for an empty one. */
  title: string | null;
}

/**
 * Rebuilds a DOCX from an allow-list: only known parts, their relationships and content types
 * pruned to match, Word XML cleaned of history and hidden text, metadata rewritten, and the
 * package re-zipped deterministically (fixed dates, fixed order).
 */
export function scrubDocx(docx: Buffer, options: ScrubDocxOptions): Buffer {
  const entries = readZip(docx);
  const allowed = entries.filter((e) => isAllowedPart(e.name));
  const contentParts = new Set(allowed.filter((e) => !e.name.endsWith('.rels')).map((e) => e.name));
  // A relationships part whose source part is gone goes with it (the package's own has source "").
  const kept = allowed.filter(
    (e) => !e.name.endsWith('.rels') || relsSource(e.name) === '' || contentParts.has(relsSource(e.name)),
  );
  const parts = new Set(kept.map((e) => e.name));
  const out: ZipEntry[] = kept.map((entry) => ({
    name: entry.name,
    data: Buffer.from(cleanPart(entry, parts, options), 'utf8'),
  }));
  return writeZip(out.sort(byPackageOrder));
}

function cleanPart(entry: ZipEntry, parts: ReadonlySet<string>, options: ScrubDocxOptions): string {
  const xml = entry.data.toString('utf8');
  if (entry.name === 'docProps/core.xml') return coreXml(options.title);
  if (entry.name === 'docProps/app.xml') return appXml();
  if (entry.name === '[Content_Types].xml') return pruneContentTypes(xml, parts);
  if (entry.name.endsWith('.rels')) return pruneRelationships(xml, relsSource(entry.name), parts);
  return serializeXml(cleanWordXml(parseXml(xml)));
}

/** [Content_Types].xml first (some readers expect it), then the package relationships, then by name. */
function byPackageOrder(a: ZipEntry, b: ZipEntry): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
