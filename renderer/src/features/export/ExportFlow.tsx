import { useEffect, useId, useMemo, useReducer, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ConsentGrant, type ExportFormat } from '../../../../shared/consent/grant';
import { summarizeGrant } from '../../../../shared/consent/summary';
import type { LooseNode } from '../../../../shared/story/doc-types';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { useErrorText } from '../../platform/use-error-text';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { usePlural } from '../../ui/use-plural';
import { docLanguage, GrantForm, grantStatus, HistoryEntry, useGrants, usePurposeText } from '../consent/public';
import type { ExportSubject } from './export-subject';
import { ExcerptRefusals } from './ExcerptRefusals';
import { ExportOptions } from './ExportOptions';
import { exportFlowReducer, initialExportFlowState, stepsOf, type Step } from './export-flow-state';
import type { Refusal } from '../../../../shared/consent/check-grant';
import { useMessageText } from '../../platform/use-error-text';
import { refusalsOf } from '../../platform/error-text';
import { ReflectionStep } from './ReflectionStep';
import { SideBySide } from './SideBySide';
import { todayIso } from '../../ui/today';
import './export-flow.css';
import './export-page.css';
import { optional } from '../../../../shared/core/optional';

// Locale keys written out, one per step, so the lint rule and the compiler can check each.
const STEP_LABEL = {
  reflect: 'consent.export.steps.reflect',
  grant: 'consent.export.steps.grant',
  check: 'consent.export.steps.check',
  preview: 'consent.export.steps.preview',
  file: 'consent.export.steps.file',
  done: 'consent.export.steps.done',
} as const satisfies Record<Step, string>;

export interface ExportFlowProps {
  subject: ExportSubject;
  onClose: () => void;
  /** Drawn as a page of its own (the whole work area, steps shown, actions always on screen). */
  page?: boolean;
}

/**
 * Export, one step at a time: (before the first export) why am I sharing this → the consent →
 * the identifying-detail check → what leaves Harbor, side by side → the file → done, with the new
 * sharing-history entry. Refusals are shown in plain words with what to do next.
 */
export function ExportFlow({ subject, onClose, page = false }: ExportFlowProps) {
  const { flush, readOriginal, remaining, grantProblem } = subject;
  // By value, so a subject rebuilt on each render does not ask for the preview again.
  const { kind: sourceKind, id: sourceId } = subject.source;
  const documentFormats = subject.formats ?? EXPORT_FORMATS;
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const messageText = useMessageText();
  const plural = usePlural();
  const id = useId();
  const uiLang = docLanguage(i18n.language);
  const localPurpose = usePurposeText();
  const { state: grants, put } = useGrants(sourceId);
  const [state, dispatch] = useReducer(
    exportFlowReducer,
    {
      format: documentFormats[0] ?? 'docx',
      paper: 'letter',
      language: uiLang,
      title: null,
      fileName: '',
      ...subject.initialOptions,
    },
    initialExportFlowState,
  );
  const { firstExport, step, grantId, creating, options, fileNameEdited, preview, running, runProblem } = state;
  const { record, purposeConfirmed } = state;
  const [original, setOriginal] = useState<LooseNode>(readOriginal);
  const confirmedKey = [...purposeConfirmed.keys()].sort().join(',');

  // The reflection step comes before the first export only: an empty sharing history.
  useIpcEffect(
    () => harbor.history.list(),
    (result) => dispatch({ type: 'historyLoaded', first: !result.ok || result.value.length === 0 }),
    [],
  );

  const grantList = useMemo(() => (grants.status === 'ready' ? grants.grants : []), [grants]);
  const today = todayIso();
  // Start on the newest consent still in force.
  useEffect(() => {
    if (grantId || grants.status !== 'ready') return;
    const active = grantList.find((g) => grantStatus(g, today) === 'active' && !grantProblem?.(g));
    if (active) dispatch({ type: 'chooseGrant', grantId: active.id });
  }, [grantId, grants.status, grantList, today, grantProblem]);
  const grant = grantList.find((g) => g.id === grantId) ?? null;

  // A consent that allows only PDF starts on PDF (unless the document cannot be one: the preview says so).
  useEffect(() => {
    if (!grant || grant.formats.includes(options.format)) return;
    const usable = grant.formats.find((f) => documentFormats.includes(f)) ?? (grant.formats[0] as ExportFormat);
    dispatch({ type: 'format', format: usable });
  }, [grant, options.format, documentFormats]);

  const steps = stepsOf(state);

  const needsPreview = step === 'preview' || step === 'file';
  const { format, paper, language, title } = options;
  useIpcEffect(
    needsPreview && grantId
      ? async (isCurrent) => {
          dispatch({ type: 'previewLoading' });
          try {
            await flush();
          } catch {
            // The status bar says the save failed; the preview still shows the last stored text.
          }
          if (!isCurrent()) return null;
          setOriginal(readOriginal());
          const source = { kind: sourceKind, id: sourceId };
          const confirmed = confirmedKey ? { purposeConfirmedFor: confirmedKey.split(',') } : {};
          const fit = subject.fit ? { fit: true as const } : {};
          return harbor.export.preview({ source, grantId, format, paper, language, title, ...confirmed, ...fit });
        }
      : null,
    (result) => {
      if (result) dispatch({ type: 'previewLoaded', result });
    },
    [
      needsPreview,
      grantId,
      format,
      paper,
      language,
      title,
      sourceKind,
      sourceId,
      flush,
      readOriginal,
      fileNameEdited,
      confirmedKey,
      subject.fit,
    ],
  );

  const refusals = preview.status === 'ready' ? preview.preview.refusals : [];
  // Excerpts that block the file are listed together, each by name; the notice is for the rest.
  const shownRefusal: Refusal | null = runProblem?.refusal ?? refusals.find((r) => !r.excerpt) ?? null;

  const go = (next: Step) => dispatch({ type: 'go', step: next });
  const stepIndex = step ? steps.indexOf(step) : -1;
  const back = () => dispatch({ type: 'back' });

  const run = async () => {
    if (!grantId) return;
    dispatch({ type: 'runStarted' });
    const source = { kind: sourceKind, id: sourceId };
    const result = await harbor.export.run({
      source,
      grantId,
      ...options,
      fileName: options.fileName.trim(),
      // Main runs the identifying-detail check again, in the language this one ran in.
      checkLanguage: uiLang,
      ...optional('purposeConfirmedFor', purposeConfirmed.size ? [...purposeConfirmed.keys()] : undefined),
      ...optional('overBudget', subject.overBudget),
      ...optional('fit', subject.fit),
    });
    if (!result.ok) {
      const refusal = refusalsOf(result.error)[0];
      dispatch({
        type: 'runFailed',
        problem: refusal
          ? { refusal, text: messageText(refusal.message) }
          : { text: `${t('consent.export.options.failed')} ${toText(result.error)}` },
      });
      return;
    }
    if (result.value.status === 'cancelled') {
      dispatch({ type: 'runFailed', problem: { text: t('consent.export.options.cancelled') } });
      return;
    }
    dispatch({ type: 'exported', record: result.value.value });
  };

  const excerptNotice = (
    <ExcerptRefusals
      refusals={refusals}
      confirmed={purposeConfirmed}
      onConfirm={(storyId, n) => dispatch({ type: 'confirmPurpose', storyId, paragraphs: n })}
      onEdit={subject.onEditContent}
    />
  );

  const refusalNotice = shownRefusal && (
    <div className="notice notice--caution" role="alert" data-testid="refusal">
      <p className="strong">{t('consent.refusal.title')}</p>
      <p>{messageText(shownRefusal.message)}</p>
      <div className="notice__actions">
        <button type="button" className="button button--small" onClick={() => go('grant')}>
          {t('consent.refusal.chooseAnother')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            dispatch({ type: 'creating', creating: true });
            go('grant');
          }}
        >
          {t('consent.refusal.createNew')}
        </button>
      </div>
    </div>
  );

  const content = (
    <>
      {step === 'reflect' && <ReflectionStep onContinue={() => go('grant')} onStop={onClose} />}

      {step === 'grant' && (
        <StepFrame key="grant" title={t('consent.export.grant.title')}>
          {creating ? (
            <GrantForm
              sourceIds={subject.coverIds}
              details={subject.details}
              initial={subject.draft}
              formats={documentFormats}
              publicRecord={subject.publicRecord === true}
              onSaved={(created) => {
                put(created);
                dispatch({ type: 'grantCreated', grantId: created.id });
              }}
              onCancel={() => dispatch({ type: 'creating', creating: false })}
            />
          ) : (
            <>
              <p className="hint">{t('consent.export.grant.intro')}</p>
              {subject.grantIntro}
              {grants.status === 'error' && (
                <p className="notice notice--error" role="alert">
                  {toText(grants.error)}
                </p>
              )}
              {grants.status === 'ready' && grantList.length === 0 && (
                <p className="empty-note">{subject.noGrantText ?? t('consent.export.grant.none')}</p>
              )}
              {grantList.length > 0 && (
                <fieldset className="choice-group grant-choices">
                  <legend>{t('consent.export.grant.label')}</legend>
                  {grantList.map((g) => (
                    <GrantChoice
                      key={g.id}
                      grant={g}
                      name={`${id}-grant`}
                      checked={g.id === grantId}
                      problem={grantProblem?.(g) ?? null}
                      onChoose={() => dispatch({ type: 'chooseGrant', grantId: g.id })}
                    />
                  ))}
                </fieldset>
              )}
              <FlowActions>
                <button type="button" className="button" disabled={!grantId} onClick={() => go('check')}>
                  {t('consent.export.next')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => dispatch({ type: 'creating', creating: true })}
                >
                  {t('consent.export.grant.create')}
                </button>
                {firstExport && (
                  <button type="button" className="button button--quiet" onClick={back}>
                    {t('consent.export.back')}
                  </button>
                )}
              </FlowActions>
            </>
          )}
        </StepFrame>
      )}

      {step === 'check' && (
        <StepFrame key="check" title={t('consent.export.check.title')} headingId="identifying-check-title">
          {subject.renderCheck()}
          {remaining > 0 && (
            <p className="notice notice--caution" data-testid="remaining-warning" id={`${id}-undecided`}>
              {plural('consent.export.check.remaining', remaining)}
            </p>
          )}
          <FlowActions>
            <button
              type="button"
              className="button"
              disabled={remaining > 0}
              aria-describedby={remaining > 0 ? `${id}-undecided` : undefined}
              onClick={() => go('preview')}
            >
              {t('consent.export.next')}
            </button>
            <button type="button" className="button button--quiet" onClick={back}>
              {t('consent.export.back')}
            </button>
          </FlowActions>
        </StepFrame>
      )}

      {step === 'preview' && (
        <StepFrame key="preview" title={t('consent.export.preview.title')}>
          {grant && <p className="grant-summary">{summarizeGrant(localPurpose(grant), uiLang)}</p>}
          <p className="hint">{t('consent.export.preview.intro')}</p>
          {preview.status === 'loading' && (
            <p className="hint" role="status">
              {t('consent.export.preview.loading')}
            </p>
          )}
          {preview.status === 'error' && (
            <div className="notice notice--error" role="alert">
              <p>{t('consent.export.preview.failed')}</p>
              <p>{toText(preview.error)}</p>
            </div>
          )}
          {refusalNotice}
          {excerptNotice}
          {preview.status === 'ready' && (
            <SideBySide
              original={original}
              preview={preview.preview}
              originalLabel={subject.originalLabel || undefined}
            />
          )}
          <FlowActions>
            <button
              type="button"
              className="button"
              disabled={preview.status !== 'ready' || refusals.length > 0 || remaining > 0}
              onClick={() => go('file')}
            >
              {t('consent.export.next')}
            </button>
            <button type="button" className="button button--quiet" onClick={back}>
              {t('consent.export.back')}
            </button>
          </FlowActions>
        </StepFrame>
      )}

      {step === 'file' && grant && (
        <StepFrame key="file" title={t('consent.export.options.title')}>
          <ExportOptions
            grant={grant}
            formats={documentFormats}
            options={options}
            onChange={(next) => dispatch({ type: 'options', options: next })}
            disabled={running}
          />
          {refusalNotice}
          {excerptNotice}
          {runProblem && !runProblem.refusal && (
            <p className="notice notice--caution" role="alert">
              {runProblem.text}
            </p>
          )}
          <BusyIndicator busy={running} label={t('consent.export.options.exporting')} />
          <FlowActions>
            <button
              type="button"
              className="button"
              disabled={
                running ||
                remaining > 0 ||
                !options.fileName.trim() ||
                refusals.length > 0 ||
                preview.status !== 'ready'
              }
              onClick={() => void run()}
            >
              {running ? t('consent.export.options.exporting') : t('consent.export.options.export')}
            </button>
            <button type="button" className="button button--quiet" onClick={back} disabled={running}>
              {t('consent.export.back')}
            </button>
          </FlowActions>
        </StepFrame>
      )}

      {step === 'done' && record && (
        <StepFrame key="done" title={t('consent.export.done.title')}>
          <p className="notice notice--success" role="status">
            {t('consent.export.done.body')}
          </p>
          <p className="strong export-done__file">
            {t('consent.export.done.savedAs', { name: record.fileName, folder: record.folder })}
          </p>
          {grant && <p className="grant-summary">{summarizeGrant(localPurpose(grant), uiLang)}</p>}
          <HistoryEntry record={record} />
          <FlowActions>
            <button type="button" className="button" onClick={onClose}>
              {t('consent.export.done.back')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'again' })}>
              {t('consent.export.done.again')}
            </button>
          </FlowActions>
        </StepFrame>
      )}
    </>
  );

  if (page) {
    // Past the choice of consent, leaving would lose the steps taken: Escape asks first.
    const pastChoice = step !== null && step !== 'done' && stepIndex > steps.indexOf('grant');
    const shown: Step[] = [...steps, 'done'];
    return (
      <FlowPage
        title={t('consent.export.title')}
        onBack={onClose}
        steps={step ? { labels: shown.map((s) => t(STEP_LABEL[s])), current: shown.indexOf(step) } : undefined}
        dirty={step === 'done' ? false : pastChoice || undefined}
      >
        {content}
      </FlowPage>
    );
  }
  return (
    <section className="export-flow" aria-labelledby={`${id}-title`}>
      <div className="export-flow__head">
        <p id={`${id}-title`} className="ws-section-title">
          {t('consent.export.title')}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('consent.export.close')}
        </button>
      </div>
      {step && step !== 'done' && (
        <p className="step-count">
          {t('consent.export.step', { n: String(stepIndex + 1), total: String(steps.length) })}
        </p>
      )}
      {content}
    </section>
  );
}

function StepFrame({ title, headingId, children }: { title: string; headingId?: string; children: ReactNode }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="export-step">
      <h2 ref={ref} id={headingId} tabIndex={-1} className="export-step__title">
        {title}
      </h2>
      {children}
    </div>
  );
}

function GrantChoice({
  grant,
  name,
  checked,
  problem,
  onChoose,
}: {
  grant: ConsentGrant;
  name: string;
  checked: boolean;
  problem: string | null;
  onChoose: () => void;
}) {
  const localPurpose = usePurposeText();
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const status = grantStatus(grant, todayIso());
  return (
    <div className="choice choice--grant" data-status={status}>
      <input
        id={inputId}
        type="radio"
        name={name}
        value={grant.id}
        checked={checked}
        onChange={onChoose}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
      />
      <label htmlFor={inputId}>
        {status === 'expired' && <span className="grant__badge">{t('consent.panel.expired')}</span>}
        {summarizeGrant(localPurpose(grant), docLanguage(i18n.language))}
      </label>
      {problem && (
        <p id={`${inputId}-problem`} className="hint choice__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
