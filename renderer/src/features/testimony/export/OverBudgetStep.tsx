import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonyBudgets } from '../../../../../shared/testimony/budgets';
import type { ScriptFit } from '../../../../../shared/testimony/fit-script';
import type { Testimony } from '../../../../../shared/testimony/testimony-data';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount';
import { useBudgetText } from '../builder/use-budget-text';

export interface OverBudgetStepProps {
  testimony: Testimony;
  budgets: TestimonyBudgets;
  /** A spoken script fitted to its minutes: what to leave out, section by section. */
  fit: ScriptFit | null;
  onEdit: () => void;
  onExportAnyway: () => void;
  /** Export the script as fitted (what is listed left out); offered when the cut fits. */
  onExportFitted?: () => void;
}

/**
 * Before exporting a document over its budget: by how much, then an explicit choice, kept in view
 * above what a spoken script could leave out to fit: a script as fitted (what the builder's preview
 * shows; the command line's `export --fit`), or all of it anyway (`export --over-budget`). Said once
 * here: the builder shows no other over-the-limit notice above it.
 */
export function OverBudgetStep({
  testimony,
  budgets,
  fit,
  onEdit,
  onExportAnyway,
  onExportFitted,
}: OverBudgetStepProps) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  // A heavy decision gets the whole window: the step starts at its top, not under the builder's steps.
  useEffect(() => {
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [headingRef]);
  const { template } = testimony;
  const lang = testimony.language;
  const sectionTitle = (id: string) => template.sections.find((s) => s.id === id)?.title[lang] ?? id;
  const label = {
    words: t('testimony.budget.totalWords'),
    characters: t('testimony.budget.totalCharacters'),
    minutes: t('testimony.budget.totalMinutes'),
  };
  const cuts = fit?.sections.filter((s) => s.cut.length > 0) ?? [];
  return (
    <section className="over-budget" aria-labelledby="over-budget-title" data-testid="over-budget">
      <h2 id="over-budget-title" ref={headingRef} tabIndex={-1}>
        {t('testimony.overBudget.title')}
      </h2>
      <p>{t('testimony.overBudget.intro')}</p>
      <ul>
        {budgets.totalChecks
          .filter((c) => c.state === 'over')
          .map((c) => (
            <li key={c.unit}>
              {t('testimony.overBudget.total', {
                label: label[c.unit],
                used: text.amount(c.unit, c.used),
                max: text.amount(c.unit, c.max),
                over: text.amount(c.unit, c.used - c.max),
              })}
            </li>
          ))}
        {budgets.sections.map((s) =>
          s.check?.state === 'over' ? (
            <li key={s.sectionId}>
              {t('testimony.overBudget.section', {
                section: sectionTitle(s.sectionId),
                used: text.amount(s.check.unit, s.check.used),
                max: text.amount(s.check.unit, s.check.max),
                over: text.amount(s.check.unit, s.check.used - s.check.max),
              })}
            </li>
          ) : null,
        )}
      </ul>
      <div className="share-panel__actions">
        {fit && cuts.length > 0 && onExportFitted && (
          <button type="button" className="button" onClick={onExportFitted} data-testid="export-fitted">
            {t('testimony.overBudget.exportFitted', {
              time: t('testimony.budget.minutesChoice', { count: fit.minutes }),
            })}
          </button>
        )}
        <button type="button" className="button" onClick={onEdit}>
          {t('testimony.overBudget.edit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onExportAnyway}>
          {fit && cuts.length > 0 ? t('testimony.overBudget.anywayAll') : t('testimony.overBudget.anyway')}
        </button>
      </div>
      {fit && cuts.length > 0 && (
        <>
          <p>
            {t('testimony.overBudget.fitHeading', {
              time: t('testimony.budget.minutesChoice', { count: fit.minutes }),
              wpm: fit.wpm,
            })}
          </p>
          <ul data-testid="over-budget-cuts">
            {cuts.map((s) => (
              <li key={s.sectionId}>
                {t('testimony.overBudget.cut', {
                  section: sectionTitle(s.sectionId),
                  count: s.cut.length,
                  words: text.amount('words', s.cutWords),
                  first: s.cut[0],
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
