import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useFocusOnMount } from './use-focus-on-mount';
import { FlowActionsHost } from './FlowActions';
import './flow-page.css';

export interface FlowPageProps {
  title: string;
  /** The steps by name and the one on screen (from 0), when the decision takes several. */
  steps?: { labels: readonly string[]; current: number };
  /** What the way back is called (default: back to the story). */
  backLabel?: string;
  onBack: () => void;
  /**
   * Whether leaving now would lose a half-made decision, so Escape asks first. When left out,
   * anything typed or chosen on the page counts.
   */
  dirty?: boolean;
  children: ReactNode;
}

/**
 * A decision that takes the whole work area (consent, export, sharing): the way back, one title,
 * the steps, the content, and an action bar that stays on screen (FlowActions draw into it).
 * Focus starts on the title; Escape goes back, after asking if something was filled in.
 */
export function FlowPage({ title, steps, backLabel, onBack, dirty, children }: FlowPageProps) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [touched, setTouched] = useState(false);
  const [asking, setAsking] = useState(false);
  const unsaved = dirty ?? touched;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || asking) return;
    // A dialog or an open list handles its own Escape.
    if ((e.target as HTMLElement).closest('dialog')) return;
    e.preventDefault();
    if (unsaved) setAsking(true);
    else onBack();
  };

  return (
    <section
      className="flow-page"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onChange={() => setTouched(true)}
    >
      <header className="flow-page__head">
        <button type="button" className="button button--quiet flow-page__back" onClick={onBack}>
          <span aria-hidden="true">←</span> {backLabel ?? t('flow.backToStory')}
        </button>
        <h1 id={`${id}-title`} ref={titleRef} tabIndex={-1} className="flow-page__title">
          {title}
        </h1>
        {steps && (
          <div className="flow-steps">
            <p className="flow-steps__count">
              {t('flow.stepCount', { n: String(steps.current + 1), total: String(steps.labels.length) })}
            </p>
            <ol className="flow-steps__list" aria-label={t('flow.steps')}>
              {steps.labels.map((label, i) => (
                <li
                  key={label}
                  className="flow-steps__step"
                  data-state={i < steps.current ? 'done' : i === steps.current ? 'current' : 'todo'}
                  aria-current={i === steps.current ? 'step' : undefined}
                >
                  {label}
                </li>
              ))}
            </ol>
          </div>
        )}
      </header>
      <div className="flow-page__body">
        <FlowActionsHost.Provider value={host}>{children}</FlowActionsHost.Provider>
      </div>
      <div ref={setHost} className="flow-page__actions" />
      {asking && (
        <ConfirmDialog
          title={t('flow.leave.title')}
          confirmLabel={t('flow.leave.confirm')}
          cancelLabel={t('flow.leave.stay')}
          onConfirm={() => {
            setAsking(false);
            onBack();
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{t('flow.leave.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
