import { appXml, coreXml } from './docx-properties';
import { isAllowedPart, MEDIA_PNG, pruneContentTypes, pruneRelationships, relsSource } from './opc-parts';
import { cleanPng } from './scrub-png';
import { cleanWordXml } from './wordml-cleanup';
import { parseXml, serializeXml } from './xml-tree';
import type { ZipEntry } from './zip';
import { writeZip } from './zip-write';

export interface ScrubDocxOptions {
  /** The approved title, or null for an empty one. */
  title: string | null;
}

/**
 * Rebuilds a DOCX from its parts by an allow-list: only known parts, their relationships and
 * content types pruned to match, Word XML cleaned of history and hidden text, PNG pictures cleaned
 * of their text chunks, metadata rewritten, and the package zipped deterministically (fixed
 * dates, fixed order). A zipped DOCX goes through scrub-docx-file.ts, which reads it first.
 */
export function scrubDocxParts(entries: readonly ZipEntry[], options: ScrubDocxOptions): Buffer {
  const allowed = entries.filter((e) => isAllowedPart(e.name));
  // A relationships part goes with the part it describes. Any other part is its own source, and
  // the package's relationships have source "".
  const present = new Set(allowed.map((e) => e.name));
  const kept = new Map(
    allowed.filter((e) => relsSource(e.name) === '' || present.has(relsSource(e.name))).map((e) => [e.name, e]),
  );
  const parts = new Set(kept.keys());
  // Code-unit order puts [Content_Types].xml first (some readers expect it), then _rels/.rels.
  const names = [...parts].sort();
  return writeZip(
    names.map((name) => {
      const entry = kept.get(name)!;
      // A picture is bytes, not XML: only its drawing chunks are kept (no text, time or camera data).
      if (MEDIA_PNG.test(name)) return { name, data: cleanPng(entry.data) };
      return { name, data: Buffer.from(cleanPart(entry, parts, options)) };
    }),
  );
}

function cleanPart(entry: ZipEntry, parts: ReadonlySet<string>, options: ScrubDocxOptions): string {
  const xml = entry.data.toString('utf8');
  if (entry.name === 'docProps/core.xml') return coreXml(options.title);
  if (entry.name === 'docProps/app.xml') return appXml();
  if (entry.name === '[Content_Types].xml') return pruneContentTypes(xml, parts);
  if (entry.name.endsWith('.rels')) return pruneRelationships(xml, relsSource(entry.name), parts);
  return serializeXml(cleanWordXml(parseXml(xml)));
}
