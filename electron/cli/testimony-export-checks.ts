import { computeBudgets } from '../../shared/testimony/budgets';
import { fitScript, fittedOverBudget, type ScriptFit } from '../../shared/testimony/fit-script';
import type { Testimony } from '../../shared/testimony/testimony-data';
import { sharedSources } from '../export-pipeline/testimony-source';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import type { OpenVault } from '../vault/types';
import { budgetLines } from './budget-report';

/*
 * What `harbor export` checks of a testimony before the pipeline runs, apart from export-in-vault.ts
 * so that exporting a story never loads the testimony code (templates, budgets, shared stories).
 */

export interface TestimonyExportCheck {
  testimony: Testimony;
  /** The cut --fit makes of a spoken script, measured on its own. */
  fit: ScriptFit | null;
  /** Over its budget: what to tell the person, line by line; nothing is exported. */
  overBudget: string[] | null;
}

export async function checkTestimonyExport(
  vault: OpenVault,
  id: string,
  request: { fit: boolean; overBudget: boolean },
): Promise<TestimonyExportCheck> {
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(id);
  // --over-budget wins: all of it, as written, with nothing measured.
  if (request.overBudget) return { testimony, fit: null, overBudget: null };
  const shared = await sharedSources(vault, testimony);
  // --fit: the cut of a spoken script, measured on its own.
  const fit = testimony.template.spoken && request.fit ? fitScript(testimony, { shared }) : null;
  const budgets = computeBudgets(testimony, shared);
  if (fit ? fittedOverBudget(testimony, fit) : budgets.over) {
    const lines = budgetLines(budgets, testimony.template, testimony.language, testimony.speakingRate);
    lines.push(
      testimony.template.spoken
        ? 'This script is over its time, so nothing was exported. Trim it (harbor testimony show --fit shows what to leave out), add --fit to export it fitted to its minutes, or --over-budget to export all of it anyway.'
        : 'This testimony is over its budget, so nothing was exported. Trim it (harbor testimony show --fit shows what to leave out), or add --over-budget to export it anyway.',
    );
    return { testimony, fit, overBudget: lines };
  }
  return { testimony, fit, overBudget: null };
}
