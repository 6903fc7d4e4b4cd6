import { DEFAULT_SPEAKING_WPM } from '../story/reading-time';
import { countWords } from '../story/word-count';
import { computeBudgets, sectionPlainText, targetMinutes as chosenMinutes } from './budgets';
import type { SharedQuoteSources } from './shared-quotes';
import type { TestimonyData } from './testimony-data';

/**
 * A spoken script fitted to its minutes at the person's pace. Nothing is rewritten: whole sentences
 * are kept from the start of each section, so what is said still reads in order, and the rest is
 * what the person is shown to trim. Each section first gets its share of the time (the template's
 * section budget, else its share of the text); time a short section leaves unused goes to the next
 * sentences of the others, in the order they are spoken.
 */

export interface SectionFit {
  sectionId: string;
  /** The words kept, paragraphs separated by a blank line. */
  text: string;
  words: number;
  /** Where this section starts, in minutes from the beginning, at the chosen pace. */
  startsAt: number;
  /** Whole sentences left out, in order: what to trim (or rehearse faster) for this length. */
  cut: string[];
  cutWords: number;
}

export interface ScriptFit {
  minutes: number;
  wpm: number;
  /** How many words fit in those minutes at that pace. */
  targetWords: number;
  words: number;
  sections: SectionFit[];
}

interface Sentence {
  text: string;
  words: number;
  /** A blank line comes before it (a new paragraph). */
  paragraphStart: boolean;
}

// A sentence ends at . ! ? … (and a closing quote or bracket after it) followed by a space.
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const parts = paragraph
      .split(SENTENCE_END)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    parts.forEach((s, i) => out.push({ text: s, words: countWords(s), paragraphStart: i === 0 && out.length > 0 }));
  }
  return out;
}

function joinSentences(sentences: readonly Sentence[]): string {
  return sentences.map((s, i) => (i === 0 ? s.text : `${s.paragraphStart ? '\n\n' : ' '}${s.text}`)).join('');
}

type FitInput = Pick<TestimonyData, 'template' | 'sections' | 'speakingRate' | 'targetMinutes'>;

/** `minutes`: the length to fit (default: the testimony's chosen length, else its template's). */
export function fitScript(t: FitInput, opts: { minutes?: number; shared?: SharedQuoteSources } = {}): ScriptFit | null {
  const minutes = opts.minutes ?? chosenMinutes(t.template, t.targetMinutes);
  if (minutes === null) return null;
  const wpm = t.speakingRate || DEFAULT_SPEAKING_WPM;
  const targetWords = Math.floor(minutes * wpm);
  const sections = t.template.sections.map((s) => ({
    id: s.id,
    budget: s.budget?.unit === 'minutes' ? s.budget.max : null,
    sentences: splitSentences(sectionPlainText(t.sections[s.id], opts.shared)),
  }));
  const totalWords = sections.reduce((n, s) => n + s.sentences.reduce((m, x) => m + x.words, 0), 0);
  const budgeted = sections.reduce((n, s) => n + (s.sentences.length && s.budget ? s.budget : 0), 0);
  // Each section's first share: its budget's part of the whole, or its text's part where none is set.
  const share = (s: (typeof sections)[number]) => {
    const words = s.sentences.reduce((m, x) => m + x.words, 0);
    if (words === 0) return 0;
    if (budgeted > 0 && s.budget) return (s.budget / budgeted) * targetWords;
    return budgeted > 0 ? 0 : (words / totalWords) * targetWords;
  };
  const kept = sections.map(() => 0);
  const used = sections.map(() => 0);
  sections.forEach((s, i) => {
    const allowed = share(s);
    while (kept[i]! < s.sentences.length && used[i]! + s.sentences[kept[i]!]!.words <= allowed) {
      used[i]! += s.sentences[kept[i]!]!.words;
      kept[i]! += 1;
    }
  });
  // The time left over: the next sentence of each section in speaking order, while it fits.
  let left = targetWords - used.reduce((a, b) => a + b, 0);
  for (let added = true; added;) {
    added = false;
    sections.forEach((s, i) => {
      const next = s.sentences[kept[i]!];
      if (next && next.words <= left) {
        left -= next.words;
        used[i]! += next.words;
        kept[i]! += 1;
        added = true;
      }
    });
  }
  let elapsed = 0;
  const fitted = sections.map((s, i): SectionFit => {
    const keep = s.sentences.slice(0, kept[i]);
    const drop = s.sentences.slice(kept[i]);
    const startsAt = elapsed / wpm;
    elapsed += used[i]!;
    return {
      sectionId: s.id,
      text: joinSentences(keep),
      words: used[i]!,
      startsAt,
      cut: drop.map((x) => x.text),
      cutWords: drop.reduce((n, x) => n + x.words, 0),
    };
  });
  return { minutes, wpm, targetWords, words: elapsed, sections: fitted };
}

/**
 * Whether a script, cut as `fit` says, is still over a whole-document limit (its minutes, or a
 * word or character limit a template may add). Section shares are how the cut was made, not limits.
 */
export function fittedOverBudget(t: FitInput, fit: ScriptFit): boolean {
  const sections = Object.fromEntries(fit.sections.map((s) => [s.sectionId, { text: s.text, excerpts: [] }]));
  return computeBudgets({ ...t, sections }).totalChecks.some((c) => c.state === 'over');
}

/**
 * Where each section starts when the script is spoken as written, at the person's pace: the
 * startsAt fitScript gives a fit that keeps every sentence. The podium layout prints these.
 */
export function sectionStarts(
  t: Pick<TestimonyData, 'template' | 'sections'> & { speakingRate?: number },
  shared?: SharedQuoteSources,
): Map<string, number> {
  const wpm = t.speakingRate || DEFAULT_SPEAKING_WPM;
  const starts = new Map<string, number>();
  let words = 0;
  for (const s of t.template.sections) {
    starts.set(s.id, words / wpm);
    words += countWords(sectionPlainText(t.sections[s.id], shared));
  }
  return starts;
}

/** "1:05" for a time mark in the margin. */
export function timeMark(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
