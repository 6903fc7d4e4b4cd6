import { countWords } from '../story/word-count';
import type { Block, InlineRun } from './export-document';

/**
 * A script read aloud at a hearing: type large enough to read at arm's length from a lectern and
 * lines far enough apart to keep one's place (16–18 pt, 1.5–2 lines; see docs/templates.md).
 */
export const PODIUM_BODY_PT = 17;
export const PODIUM_LINE_HEIGHT = 1.75;
/** The time mark before each section: small, so it is a cue and not something to read out. */
export const TIME_MARK_PT = 11;
/** A longer paragraph is split at its sentence ends, so the eye finds the next line after looking up. */
export const PODIUM_PARAGRAPH_WORDS = 45;

// A sentence ends at . ! ? … (and a closing quote or bracket after it) before a space, as fitScript reads it.
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+/gu;

/** Body paragraphs (and quoted ones) longer than PODIUM_PARAGRAPH_WORDS split at sentence ends. */
export function podiumBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'paragraph') return splitRuns(block.runs).map((runs) => ({ type: 'paragraph', runs }));
    if (block.type === 'blockquote') return [{ type: 'blockquote', blocks: podiumBlocks(block.blocks) }];
    return [block];
  });
}

/** The runs cut into paragraphs of whole sentences, each as long as the limit allows (at least one sentence). */
export function splitRuns(runs: InlineRun[]): InlineRun[][] {
  const text = runs.map((r) => r.text).join('');
  if (countWords(text) <= PODIUM_PARAGRAPH_WORDS) return [runs];
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    sentences.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  sentences.push({ start, end: text.length });
  const groups: { start: number; end: number; words: number }[] = [];
  for (const s of sentences) {
    const words = countWords(text.slice(s.start, s.end));
    const last = groups.at(-1);
    if (last && last.words + words <= PODIUM_PARAGRAPH_WORDS) {
      last.end = s.end;
      last.words += words;
    } else groups.push({ ...s, words });
  }
  return groups.map((g) => sliceRuns(runs, g.start, g.end)).filter((r) => r.length > 0);
}

function sliceRuns(runs: InlineRun[], from: number, to: number): InlineRun[] {
  const out: InlineRun[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + run.text.length);
    if (end > start) out.push({ ...run, text: run.text.slice(start - at, end - at) });
    at += run.text.length;
  }
  return out;
}
