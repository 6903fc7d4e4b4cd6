import { PLACEHOLDERS } from '../consent/placeholders';
import type { Block, ExportDocument, ExportLanguage, InlineRun } from './export-document';
import { typesetTable } from './table-block';

/**
 * A typesetter's finish on text the release gate has already released: straight quotes become the
 * document language's quotation marks, and each placeholder is held on one line. It only swaps
 * quote characters and spaces, so what the gate withheld stays withheld and nothing new appears.
 *
 * English: “double” with ‘single’ inside (Chicago Manual of Style, 17th ed., 6.9 and 6.11).
 * Spanish: «angulares» with “inglesas” inside, then ‘simples’ (RAE, Ortografía de la lengua
 * española 2010, 3.4.8, and the Diccionario panhispánico de dudas, "comillas").
 */
interface Marks {
  /** Double quotes by nesting depth: depth 0, then depth 1 and deeper. */
  double: [open: string, close: string][];
  single: [open: string, close: string];
}

const MARKS: Record<ExportLanguage, Marks> = {
  en: {
    double: [
      ['\u201C', '\u201D'],
      ['\u201C', '\u201D'],
    ],
    single: ['\u2018', '\u2019'],
  },
  es: {
    double: [
      ['\u00AB', '\u00BB'],
      ['\u201C', '\u201D'],
    ],
    single: ['\u2018', '\u2019'],
  },
};

const NBSP = '\u00A0';
const APOSTROPHE = '\u2019';
/** After these (or at the start), a quote opens; after anything else it closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u00AB\u201C\u2018\u00BF\u00A1]/u;
const WORD = /[\p{L}\p{N}]/u;

/** The placeholders' own spaces, made no-break: "[name withheld]" never splits across lines. */
const PLACEHOLDER_TEXTS = [...new Set(Object.values(PLACEHOLDERS).flatMap((p) => Object.values(p)))];

export function keepPlaceholdersWhole(text: string): string {
  let out = text;
  for (const p of PLACEHOLDER_TEXTS) if (out.includes(p)) out = out.split(p).join(p.replace(/ /g, NBSP));
  return out;
}

/** Quote state through one paragraph: a quote opened in one run may close in the next. */
interface QuoteState {
  prev: string;
  open: number;
}

/** The last character of a text (a surrogate pair whole), as iterating it would end with. */
function lastChar(text: string): string {
  const tail = text.slice(-2);
  return /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(tail) ? tail : text.slice(-1);
}

function curl(text: string, marks: Marks, state: QuoteState): string {
  // Most runs have no straight quote: unchanged, only the last character carried on.
  if (!text.includes('"') && !text.includes("'")) {
    if (text) state.prev = lastChar(text);
    return text;
  }
  let out = '';
  const chars = [...text];
  chars.forEach((c, i) => {
    const opening = state.prev === '' || OPENS_AFTER.test(state.prev);
    if (c === '"') {
      if (opening) {
        out += marks.double[Math.min(state.open, 1)]![0];
        state.open += 1;
      } else {
        state.open = Math.max(state.open - 1, 0);
        out += marks.double[Math.min(state.open, 1)]![1];
      }
    } else if (c === "'") {
      const next = chars[i + 1] ?? '';
      // Opening only before a word at a word's start; else an apostrophe ("don't", "witnesses'") or a close.
      out += opening && WORD.test(next) ? marks.single[0] : APOSTROPHE;
    } else out += c;
    state.prev = c;
  });
  return out;
}

/** One line (a caption line, the salutation, the title): its own quotes, its placeholders whole. */
export function typesetLine(text: string, language: ExportLanguage): string {
  return keepPlaceholdersWhole(curl(text, MARKS[language], { prev: '', open: 0 }));
}

function typesetRuns(runs: InlineRun[], language: ExportLanguage): InlineRun[] {
  const state: QuoteState = { prev: '', open: 0 };
  return runs.map((run) => ({ ...run, text: keepPlaceholdersWhole(curl(run.text, MARKS[language], state)) }));
}

function typesetBlock(block: Block, language: ExportLanguage): Block {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, runs: typesetRuns(block.runs, language) };
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((b) => typesetBlock(b, language))) };
    case 'blockquote':
      return { ...block, blocks: block.blocks.map((b) => typesetBlock(b, language)) };
    case 'table':
      return typesetTable(block, (s) => typesetLine(s, language));
  }
}

/** The whole released document, every line of it, in its own language's typography. */
export function typesetDocument(doc: ExportDocument): ExportDocument {
  const lang = doc.language;
  const line = (s: string) => typesetLine(s, lang);
  return {
    ...doc,
    title: doc.title === null ? null : line(doc.title),
    byline: doc.byline === null ? null : line(doc.byline),
    ...(doc.headingBlock ? { headingBlock: doc.headingBlock.map(line) } : {}),
    ...(doc.salutation !== undefined ? { salutation: line(doc.salutation) } : {}),
    ...(doc.coverNote !== undefined ? { coverNote: doc.coverNote.split('\n').map(line).join('\n') } : {}),
    blocks: doc.blocks.map((b) => typesetBlock(b, lang)),
    ...(doc.signature ? { signature: doc.signature.map(line) } : {}),
    ...(doc.runningHeader !== undefined ? { runningHeader: line(doc.runningHeader) } : {}),
    // Set like the lines it appears in, so it is still found in them.
    ...(doc.identity !== undefined ? { identity: line(doc.identity) } : {}),
  };
}
