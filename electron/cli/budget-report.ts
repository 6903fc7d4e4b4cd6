import type { BudgetCheck, TestimonyBudgets } from '../../shared/testimony/budgets';
import type { Template } from '../../shared/templates/template-schema';

const UNIT_WORDS: Record<BudgetCheck['unit'], [string, string]> = {
  words: ['word', 'words'],
  characters: ['character', 'characters'],
  minutes: ['minute', 'minutes'],
};

function amount(value: number, unit: BudgetCheck['unit']): string {
  const shown = unit === 'minutes' ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${UNIT_WORDS[unit][shown === 1 ? 0 : 1]}`;
}

/** "730 words against a limit of 500: 230 words over" */
export function describeCheck(check: BudgetCheck): string {
  const over = check.used - check.max;
  const base = `${amount(check.used, check.unit)} against a limit of ${amount(check.max, check.unit)}`;
  return over > 1e-9 ? `${base}: ${amount(over, check.unit)} over` : base;
}

/**
 * The lines `testimony show` and a refused export print on standard error: the whole document's
 * length against each limit, then each section over its own budget, by how much.
 */
export function budgetLines(budgets: TestimonyBudgets, template: Template, lang: 'en' | 'es', wpm: number): string[] {
  const out = budgets.totalChecks.map((c) => {
    if (c.unit !== 'minutes') return `Length: ${describeCheck(c)}.`;
    const trim = Math.ceil((c.used - c.max) * wpm);
    return `Length: ${describeCheck(c)} (at ${wpm} words a minute${trim > 0 ? `: about ${trim} words to trim` : ''}).`;
  });
  if (out.length === 0)
    out.push(`Length: ${amount(budgets.total.words, 'words')}, ${amount(budgets.total.minutes, 'minutes')} aloud.`);
  for (const s of budgets.sections) {
    if (s.check?.state !== 'over') continue;
    const title = template.sections.find((x) => x.id === s.sectionId)?.title[lang] ?? s.sectionId;
    out.push(`  ${title}: ${describeCheck(s.check)}.`);
  }
  return out;
}
