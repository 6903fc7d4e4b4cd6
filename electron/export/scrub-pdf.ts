import type { Paper } from '../../shared/export/export-document';
import { NEUTRAL_PRODUCER } from './neutral-metadata';
import { readPdf, type PdfObject } from './pdf-file';
import { withExactPageBoxes } from './pdf-page-boxes';
import { nameOf, pdfAsciiString, pdfFail, pdfTextString, type PdfValue } from './pdf-syntax';
import { ref, writePdf, type PdfOutObject } from './pdf-write';

export interface ScrubPdfOptions {
  /** The approved title, or null for none. */
  title: string | null;
  /** The paper printed on: every page box is set to its exact size (Chromium's A4 is a little off). */
  paper?: Paper;
}

/** Keys that can run code, open something, attach files, annotate, or carry private or dated metadata. */
const FORBIDDEN_KEYS = new Set([
  'AA',
  'OpenAction',
  'JavaScript',
  'JS',
  'EmbeddedFiles',
  'EmbeddedFile',
  'Annots',
  'Metadata',
  'PieceInfo',
  'LastModified',
  'AcroForm',
  'URI',
]);

/** What a document catalog may keep. Outlines, names (JavaScript, attachments), forms, threads… go. */
const CATALOG_KEYS = new Set([
  'Type',
  'Version',
  'Pages',
  'PageLabels',
  'PageLayout',
  'ViewerPreferences',
  'MarkInfo',
  'StructTreeRoot',
  'Lang',
]);

const FORBIDDEN_TYPES = new Set(['Annot', 'Filespec', 'EmbeddedFile', 'Metadata', 'Action', 'Outlines']);
const FORBIDDEN_ACTIONS = new Set([
  'JavaScript',
  'Launch',
  'URI',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'ResetForm',
  'Rendition',
]);

/** Name and number trees hold [key value …] pairs: drop a pair together, never half of one. */
const PAIR_ARRAYS = new Set(['Nums', 'Names']);

/**
 * Rebuilds the PDF from its reachable objects: the Info dictionary from the allow-list only, XMP
 * metadata, annotations, actions, JavaScript and attachments removed, and everything written as
 * one revision with a fresh cross-reference table.
 */
export function scrubPdf(pdf: Buffer, options: ScrubPdfOptions): Buffer {
  const file = readPdf(pdf);
  const root = file.trailer.entries.get('Root');
  if (root?.kind !== 'ref' || !file.objects.has(root.num)) throw pdfFail('no document catalog');
  const forbidden = forbiddenObjects(file.objects);
  if (forbidden.has(root.num)) throw pdfFail('the catalog is not a catalog');

  const cleaned = new Map<number, PdfObject>();
  for (const [num, obj] of file.objects) {
    let value = clean(obj.value, forbidden, false);
    if (options.paper) value = withExactPageBoxes(value, options.paper);
    if (num === root.num) value = catalogOf(value);
    cleaned.set(num, { ...obj, value });
  }

  // Only what the catalog reaches is written: the old Info, XMP and anything orphaned stay behind.
  const order = reachable(root.num, cleaned);
  const renumber = new Map(order.map((num, i) => [num, i + 1]));
  const out: PdfOutObject[] = order.map((num) => cleaned.get(num)!);
  out.push({ value: infoDict(options.title) });
  return writePdf(
    file.version,
    out,
    new Map<string, PdfValue>([
      ['Root', ref(renumber.get(root.num)!)],
      ['Info', ref(out.length)],
    ]),
    // Every reference here was followed by reachable(), so each has a new number.
    (r) => ref(renumber.get(r.num)!),
  );
}

/** The catalog with only the keys a reader needs; one that is no dictionary is no catalog. */
function catalogOf(value: PdfValue): PdfValue {
  if (value.kind !== 'dict') throw pdfFail('the catalog is not a catalog');
  return { kind: 'dict', entries: new Map([...value.entries].filter(([k]) => CATALOG_KEYS.has(k))) };
}

function infoDict(title: string | null): PdfValue {
  const entries = new Map<string, PdfValue>();
  if (title) entries.set('Title', pdfTextString(title));
  entries.set('Producer', pdfAsciiString(NEUTRAL_PRODUCER));
  entries.set('Creator', pdfAsciiString(NEUTRAL_PRODUCER));
  // CreationDate and ModDate are optional in PDF: absent, they cannot say when the survivor worked.
  return { kind: 'dict', entries };
}

function forbiddenObjects(objects: Map<number, PdfObject>): Set<number> {
  const forbidden = new Set<number>();
  for (const [num, obj] of objects) {
    if (obj.value.kind !== 'dict') continue;
    const e = obj.value.entries;
    const type = nameOf(e.get('Type'));
    const subtype = nameOf(e.get('Subtype'));
    const action = nameOf(e.get('S'));
    if (
      (type && FORBIDDEN_TYPES.has(type)) ||
      subtype === 'XML' ||
      // An action dictionary's /Type is optional (and /Action is forbidden above); a typed object's
      // /S means something else (a structure element's role).
      (action && FORBIDDEN_ACTIONS.has(action) && type === undefined)
    ) {
      forbidden.add(num);
    }
  }
  // A structure-tree pointer to a removed annotation goes with it.
  for (let changed = true; changed;) {
    changed = false;
    for (const [num, obj] of objects) {
      if (forbidden.has(num) || obj.value.kind !== 'dict' || nameOf(obj.value.entries.get('Type')) !== 'OBJR') continue;
      const target = obj.value.entries.get('Obj');
      if (target?.kind === 'ref' && forbidden.has(target.num)) {
        forbidden.add(num);
        changed = true;
      }
    }
  }
  return forbidden;
}

const pointsToForbidden = (v: PdfValue, forbidden: Set<number>): boolean =>
  (v.kind === 'ref' && forbidden.has(v.num)) ||
  (v.kind === 'dict' &&
    nameOf(v.entries.get('Type')) === 'OBJR' &&
    pointsToForbidden(v.entries.get('Obj') ?? { kind: 'null' }, forbidden));

/**
 * `pairs`: the value sits under /Nums or /Names, a number or name tree's [key value …] pairs.
 * A dictionary with nothing to remove is returned as it is (most of them): only values are shared,
 * never changed, so no copy is needed.
 */
function clean(v: PdfValue, forbidden: Set<number>, pairs: boolean): PdfValue {
  if (v.kind === 'dict') {
    const entries = new Map<string, PdfValue>();
    let changed = false;
    for (const [k, val] of v.entries) {
      if (FORBIDDEN_KEYS.has(k) || pointsToForbidden(val, forbidden)) {
        changed = true;
        continue;
      }
      const kept = clean(val, forbidden, PAIR_ARRAYS.has(k));
      changed ||= kept !== val;
      entries.set(k, kept);
    }
    return changed ? { kind: 'dict', entries } : v;
  }
  if (v.kind === 'array') {
    if (pairs && v.items.length % 2 === 0) {
      const items: PdfValue[] = [];
      for (let i = 0; i < v.items.length; i += 2) {
        if (pointsToForbidden(v.items[i + 1]!, forbidden)) continue;
        items.push(v.items[i]!, clean(v.items[i + 1]!, forbidden, false));
      }
      return { kind: 'array', items };
    }
    return {
      kind: 'array',
      items: v.items.filter((i) => !pointsToForbidden(i, forbidden)).map((i) => clean(i, forbidden, false)),
    };
  }
  return v;
}

function refsIn(v: PdfValue, into: number[]): number[] {
  if (v.kind === 'ref') into.push(v.num);
  else if (v.kind === 'array') v.items.forEach((i) => refsIn(i, into));
  else if (v.kind === 'dict') v.entries.forEach((i) => refsIn(i, into));
  return into;
}

/** Objects reachable from the catalog, in ascending original number (a stable, deterministic order). */
function reachable(rootNum: number, objects: Map<number, PdfObject>): number[] {
  const seen = new Set<number>();
  const stack = [rootNum];
  while (stack.length) {
    const num = stack.pop()!;
    if (seen.has(num)) continue;
    const obj = objects.get(num);
    if (!obj) throw pdfFail(`object ${num} is referenced but missing`);
    seen.add(num);
    stack.push(...refsIn(obj.value, []));
  }
  return [...seen].sort((a, b) => a - b);
}
