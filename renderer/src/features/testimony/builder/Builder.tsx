import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../../../../shared/core/dates';
import { computeBudgets, draftTestimonyDocument } from '../../../../../shared/testimony';
import { fitScript } from '../../../../../shared/testimony/fit-script';
import { useErrorText } from '../../../platform/use-error-text';
import { PracticeMode } from '../../practice/public';
import { ExportDocumentView } from '../../export/public';
import { QuickExitButton } from '../../safety/public';
import { TestimonyExport } from '../export/TestimonyExport';
import { useTemplateText } from '../../../ui/use-template-text';
import { BudgetSummary } from './BudgetSummary';
import { MetadataForm } from './MetadataForm';
import { SectionEditor } from './SectionEditor';
import { useSharedSources } from './use-shared-sources';
import { useTestimonyDraft } from './use-testimony-draft';
import { BackBar } from '../BackBar';

const STEPS = ['details', 'write', 'preview', 'export', 'practice'] as const;
type Step = (typeof STEPS)[number];

export interface BuilderProps {
  id: string;
  onClose: () => void;
  registerBeforeLock: (flush: () => Promise<void>) => () => void;
}

/** The testimony builder: hearing details, the sections with guidance and budgets, preview, export, practice. */
export function Builder({ id, onClose, registerBeforeLock }: BuilderProps) {
  const { t, i18n } = useTranslation();
  const tt = useTemplateText();
  const toText = useErrorText();
  const headingId = useId();
  const { loaded, reload, update, saveState, flush } = useTestimonyDraft(id, registerBeforeLock);
  const [step, setStep] = useState<Step>('details');
  // Practice covers the whole window; leaving it comes back to the step it was opened from, with
  // focus on the "Practice" step that opened it.
  const beforePractice = useRef<Step>('details');
  const practiceButton = useRef<HTMLButtonElement>(null);
  const goTo = (next: Step) => {
    if (next === 'practice' && step !== 'practice') beforePractice.current = step;
    setStep(next);
  };
  const leavePractice = () => {
    setStep(beforePractice.current);
    requestAnimationFrame(() => practiceButton.current?.focus());
  };

  const testimony = loaded.status === 'ready' ? loaded.testimony : null;
  const shared = useSharedSources(testimony);
  const budgets = useMemo(() => (testimony ? computeBudgets(testimony, shared) : null), [testimony, shared]);
  const draft = useMemo(
    () =>
      testimony
        ? draftTestimonyDocument(testimony, {
            language: testimony.language,
            // The document's fixed words follow the testimony's language, not the screen's.
            witness: i18n.getFixedT(testimony.language)('testimony.preview.witness'),
            // The testimony's own title is only for the writer: the file never carries it.
            title: null,
            // A letter's date line, as the file will print it.
            today: today(),
            shared,
            // A spoken script as it exports: fitted to its minutes at the person's pace.
            fit: true,
          })
        : null,
    [testimony, i18n, shared],
  );

  const fit = useMemo(
    () => (testimony?.template.spoken ? fitScript(testimony, { shared }) : null),
    [testimony, shared],
  );
  const leftOut = fit?.sections.reduce((n, s) => n + s.cut.length, 0) ?? 0;

  const leave = async () => {
    await flush().catch(() => undefined);
    onClose();
  };

  if (loaded.status !== 'ready' || !testimony || !budgets || !draft) {
    return (
      <section className="testimony" aria-busy={loaded.status === 'loading'}>
        {loaded.status === 'loading' ? (
          <p role="status">{t('testimony.common.loading')}</p>
        ) : (
          <div className="notice notice--error" role="alert">
            <p>{t('testimony.builder.openFailed')}</p>
            {loaded.status === 'error' && <p>{toText(loaded.error)}</p>}
            <div className="notice__actions">
              <button type="button" className="button button--small" onClick={() => void reload()}>
                {t('testimony.common.tryAgain')}
              </button>
              <button type="button" className="button button--quiet button--small" onClick={onClose}>
                {t('testimony.common.back')}
              </button>
            </div>
          </div>
        )}
      </section>
    );
  }

  const { template } = testimony;
  const steps = STEPS.filter((s) => s !== 'practice' || template.spoken);
  const stepLabel: Record<Step, string> = {
    details: t('testimony.steps.details'),
    write: t('testimony.steps.write'),
    preview: t('testimony.steps.preview'),
    export: t('testimony.steps.export'),
    practice: t('testimony.steps.practice'),
  };

  return (
    <section className="testimony builder" aria-labelledby={headingId}>
      <BackBar label={t('testimony.builder.back')} onBack={() => void leave()}>
        <span className="hint" data-testid="testimony-save-state" data-state={saveState} role="status">
          {saveState === 'saving' || saveState === 'pending'
            ? t('testimony.builder.saving')
            : saveState === 'error'
              ? t('testimony.builder.saveFailed')
              : saveState === 'saved'
                ? t('testimony.builder.saved')
                : ''}
        </span>
      </BackBar>
      <h1 id={headingId} className="builder__title">
        {testimony.title.trim() || t('testimony.list.untitled')}
      </h1>
      <p className="hint">{t('testimony.builder.templateLine', { name: tt(template.name) })}</p>

      <nav aria-label={t('testimony.steps.label')}>
        <ol className="builder__steps">
          {steps.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="builder__step"
                aria-current={s === step ? 'step' : undefined}
                ref={s === 'practice' ? practiceButton : undefined}
                onClick={() => goTo(s)}
              >
                {t('testimony.steps.numbered', { n: i + 1, label: stepLabel[s] })}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div className="builder__layout">
        <div className="builder__main">
          {step === 'details' && (
            <>
              {template.warnings.length > 0 && (
                <div className="notice notice--caution">
                  <h2 className="notice__title">{t('testimony.builder.beforeYouStart')}</h2>
                  <ul>
                    {template.warnings.map((w, i) => (
                      <li key={i}>{tt(w)}</li>
                    ))}
                  </ul>
                </div>
              )}
              <MetadataForm testimony={testimony} onChange={update} />
              <button type="button" className="button" onClick={() => setStep('write')}>
                {t('testimony.builder.toWrite')}
              </button>
            </>
          )}
          {step === 'write' && (
            <>
              {template.sections.map((section, i) => (
                <SectionEditor
                  key={section.id}
                  section={section}
                  content={testimony.sections[section.id] ?? { text: '', excerpts: [] }}
                  budget={budgets.sections[i]!}
                  fromStoryId={testimony.fromStoryId}
                  shared={shared}
                  language={testimony.language}
                  onChange={(content) => update({ sections: { ...testimony.sections, [section.id]: content } })}
                />
              ))}
              <button type="button" className="button" onClick={() => setStep('preview')}>
                {t('testimony.builder.toPreview')}
              </button>
            </>
          )}
          {step === 'preview' && (
            <>
              <p className="hint">{t('testimony.preview.draftHint')}</p>
              {fit && leftOut > 0 && (
                <p className="notice notice--caution" data-testid="fitted-hint">
                  {t('testimony.preview.fitted', {
                    time: t('testimony.budget.minutesChoice', { count: fit.minutes }),
                    wpm: fit.wpm,
                    count: leftOut,
                  })}
                </p>
              )}
              <section
                className={`draft-page draft-page--${draft.paper}`}
                aria-label={t('testimony.preview.label')}
                data-testid="draft-preview"
              >
                <ExportDocumentView document={draft} />
              </section>
              <button type="button" className="button" onClick={() => setStep('export')}>
                {t('testimony.builder.toExport')}
              </button>
            </>
          )}
          {step === 'export' && (
            <>
              {!template.formats.includes('pdf') && <p className="hint">{t('testimony.export.docxOnly')}</p>}
              <TestimonyExport
                testimony={testimony}
                shared={shared}
                flush={flush}
                onEdit={() => setStep('write')}
                onClose={() => setStep('preview')}
              />
            </>
          )}
          {step === 'practice' && template.spoken && (
            <PracticeMode
              testimony={testimony}
              budgets={budgets}
              shared={shared}
              onLeave={leavePractice}
              quickExit={<QuickExitButton />}
            />
          )}
        </div>
        {step !== 'practice' && (
          <aside className="builder__aside" aria-label={t('testimony.budget.label')}>
            <BudgetSummary testimony={testimony} budgets={budgets} onChange={update} />
          </aside>
        )}
      </div>
    </section>
  );
}
