import { docToPlainText } from '../story/plain-text';
import { speakingMinutes, DEFAULT_SPEAKING_WPM } from '../story/reading-time';
import { countWords } from '../story/word-count';
import type { Budget, BudgetUnit, Template } from '../templates/template-schema';
import { sharedExcerptText, type SharedQuoteSources } from './shared-quotes';
import type { SectionContent, TestimonyData } from './testimony-data';

export interface Measure {
  words: number;
  /** Letters, spaces and punctuation, not counting line breaks (how committee forms count). */
  characters: number;
  /** Minutes to say it aloud at the chosen rate (unrounded). */
  minutes: number;
}

/** 'near' from 90% of the limit, so people see it coming before they are over. */
export type BudgetState = 'ok' | 'near' | 'over';
export const NEAR_RATIO = 0.9;

export interface BudgetCheck {
  unit: BudgetUnit;
  max: number;
  used: number;
  ratio: number;
  state: BudgetState;
}

export interface SectionBudget {
  sectionId: string;
  measure: Measure;
  check: BudgetCheck | null;
}

export interface TestimonyBudgets {
  sections: SectionBudget[];
  total: Measure;
  /** One per whole-document limit (words, characters, minutes), in that order. */
  totalChecks: BudgetCheck[];
  /** Any section or total over its limit. */
  over: boolean;
}

export function sectionPlainText(content: SectionContent | undefined, shared: SharedQuoteSources = new Map()): string {
  if (!content) return '';
  const parts = [
    content.text.trim(),
    ...content.excerpts.map((e) => docToPlainText(e.doc)),
    ...(content.shared ?? []).map((e) => sharedExcerptText(e, shared.get(e.sharedStoryId))),
  ];
  return parts.filter((p) => p !== '').join('\n\n');
}

export function measureText(text: string, wpm = DEFAULT_SPEAKING_WPM): Measure {
  const words = countWords(text);
  return { words, characters: [...text.replace(/[\r\n]/g, '')].length, minutes: speakingMinutes(words, wpm) };
}

const used = (m: Measure, unit: BudgetUnit) =>
  unit === 'words' ? m.words : unit === 'characters' ? m.characters : m.minutes;

export function checkBudget(measure: Measure, budget: Budget): BudgetCheck {
  const value = used(measure, budget.unit);
  const ratio = value / budget.max;
  // A tiny tolerance: 3.0000001 minutes from float division is not "over" a 3-minute limit.
  const state: BudgetState = ratio > 1 + 1e-9 ? 'over' : ratio >= NEAR_RATIO ? 'near' : 'ok';
  return { unit: budget.unit, max: budget.max, used: value, ratio, state };
}

/** The spoken length in minutes: the person's choice when the template offers some, else its limit. */
export function targetMinutes(template: Template, chosen: number | null): number | null {
  const choices = template.limits.minuteChoices;
  if (chosen !== null && (!choices || choices.includes(chosen))) return chosen;
  return template.limits.minutes ?? null;
}

type BudgetInput = Pick<TestimonyData, 'template' | 'sections' | 'speakingRate' | 'targetMinutes'>;

/** `shared`: the shared stories quoted, so their excerpts count too (once loaded). */
export function computeBudgets(t: BudgetInput, shared: SharedQuoteSources = new Map()): TestimonyBudgets {
  const wpm = t.speakingRate || DEFAULT_SPEAKING_WPM;
  const target = targetMinutes(t.template, t.targetMinutes);
  // Section minutes are written for the template's default length and scale with the chosen one.
  const scale = target !== null && t.template.limits.minutes ? target / t.template.limits.minutes : 1;
  const texts: string[] = [];
  const sections = t.template.sections.map((section): SectionBudget => {
    const text = sectionPlainText(t.sections[section.id], shared);
    if (text) texts.push(text);
    const measure = measureText(text, wpm);
    const budget =
      section.budget && section.budget.unit === 'minutes'
        ? { ...section.budget, max: section.budget.max * scale }
        : section.budget;
    return { sectionId: section.id, measure, check: budget ? checkBudget(measure, budget) : null };
  });
  const total = measureText(texts.join('\n\n'), wpm);
  const { limits } = t.template;
  const totalChecks: BudgetCheck[] = [];
  if (limits.words) totalChecks.push(checkBudget(total, { unit: 'words', max: limits.words }));
  if (limits.characters) totalChecks.push(checkBudget(total, { unit: 'characters', max: limits.characters }));
  if (target !== null) totalChecks.push(checkBudget(total, { unit: 'minutes', max: target }));
  const over = totalChecks.some((c) => c.state === 'over') || sections.some((s) => s.check?.state === 'over');
  return { sections, total, totalChecks, over };
}
