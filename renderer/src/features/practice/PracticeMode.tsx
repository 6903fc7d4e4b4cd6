import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { targetMinutes, sectionPlainText, type TestimonyBudgets } from '../../../../shared/testimony/budgets';
import type { SharedQuoteSources } from '../../../../shared/testimony/shared-quotes';
import {
  currentSection,
  finish,
  formatClock,
  newPractice,
  nextSection,
  practiceReport,
  previousSection,
  toggle,
  type PracticeState,
} from '../../../../shared/testimony/practice-timer';
import type { Testimony } from '../../../../shared/testimony/testimony-data';
import { useTemplateText } from '../../ui/use-template-text';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { useReducedMotion } from './use-reduced-motion';
import { useWholeWindow } from './use-whole-window';
import './practice.css';

const now = () => performance.now();
const SPEEDS = [0, 10, 20, 30, 45, 60, 80];

const NO_SHARED: SharedQuoteSources = new Map();

/**
 * Practice out loud, over the whole window (the app's rail and header are covered and out of the
 * keyboard's reach meanwhile): the script large, scrolling at a speed you set (or, with reduced
 * motion, jumping section by section), and one bar fixed at the bottom with the timer against the
 * target and every control. Your estimated against actual time per section follows the script.
 * Space starts and pauses; arrows move between sections; Escape leaves (`onLeave`).
 */
export function PracticeMode({
  testimony,
  budgets,
  shared = NO_SHARED,
  onLeave,
  quickExit,
}: {
  testimony: Testimony;
  budgets: TestimonyBudgets;
  /** Shared stories quoted, so their excerpts are in the script too. */
  shared?: SharedQuoteSources;
  /** Back to where practice was opened from; the caller puts focus back there. */
  onLeave: () => void;
  /**
   * The app's Quick exit button: practice covers the shell's header, and the way out must stay one
   * click away. Passed in (not imported) so practice does not depend on the app's preferences.
   */
  quickExit?: ReactNode;
}) {
  const host = useWholeWindow();
  const titleRef = useFocusOnMount<HTMLHeadingElement>(host !== null);
  const { t } = useTranslation();
  const tt = useTemplateText();
  const id = useId();
  const reduced = useReducedMotion();
  const sections = testimony.template.sections.filter(
    (s) => sectionPlainText(testimony.sections[s.id], shared).trim() !== '',
  );
  const estimates = sections.map(
    (s) => (budgets.sections.find((b) => b.sectionId === s.id)?.measure.minutes ?? 0) * 60_000,
  );
  const target = targetMinutes(testimony.template, testimony.targetMinutes);
  const targetMs = target === null ? null : target * 60_000;
  const [state, setState] = useState<PracticeState>(() => newPractice(sections.length));
  const [, setTick] = useState(0);
  const [speed, setSpeed] = useState(20);
  const scrollRef = useRef<HTMLDivElement>(null);
  const sectionRefs = useRef<(HTMLElement | null)[]>([]);
  const running = state.status === 'running';

  // Redraw the clock while running.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [running]);

  // Continuous scroll at the chosen speed (pixels a second), only when motion is welcome.
  useEffect(() => {
    if (!running || reduced || speed === 0) return;
    let last = now();
    let frame = requestAnimationFrame(function step() {
      const at = now();
      if (scrollRef.current) scrollRef.current.scrollTop += ((at - last) / 1000) * speed;
      last = at;
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [running, reduced, speed]);

  const index = currentSection(state);
  useEffect(() => {
    sectionRefs.current[index]?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [index, reduced]);

  const report = practiceReport(state, now(), estimates, targetMs);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Not stopped: three presses of Escape are still the quick exit (listened for on the window).
      if (!e.defaultPrevented) onLeave();
      return;
    }
    if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLSelectElement) {
      if (e.key === ' ' || e.key === 'Enter') return;
    }
    if (e.key === ' ') {
      e.preventDefault();
      setState((s) => toggle(s, now()));
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      setState((s) => nextSection(s, now()));
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      setState((s) => previousSection(s));
    }
  };

  if (!host) return null;

  const startLabel =
    state.status === 'running'
      ? t('testimony.practice.pause')
      : state.status === 'paused'
        ? t('testimony.practice.resume')
        : t('testimony.practice.start');

  return createPortal(
    <section className="practice-screen" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <header className="practice-screen__head">
        <button type="button" className="button button--quiet practice-screen__leave word-tip-host" onClick={onLeave}>
          <span aria-hidden="true">←</span>{' '}
          <span className="practice-screen__leave-label word-tip">{t('testimony.practice.leave')}</span>
        </button>
        <h1 id={`${id}-title`} ref={titleRef} tabIndex={-1} className="practice-screen__title">
          {t('testimony.practice.title')}
        </h1>
        <p className="hint practice-screen__keys" id={`${id}-keys`}>
          {t('testimony.practice.keys')} {t('testimony.practice.escapeLeaves')}
        </p>
        {quickExit && <div className="practice-screen__exit">{quickExit}</div>}
      </header>

      {sections.length === 0 ? (
        <p className="practice-screen__empty">{t('testimony.practice.empty')}</p>
      ) : (
        <div
          ref={scrollRef}
          className="teleprompter"
          tabIndex={0}
          aria-label={t('testimony.practice.script')}
          data-testid="teleprompter"
        >
          {sections.map((s, i) => (
            <section
              key={s.id}
              ref={(el) => {
                sectionRefs.current[i] = el;
              }}
              className={i === index ? 'teleprompter__section teleprompter__section--current' : 'teleprompter__section'}
              aria-current={i === index ? 'step' : undefined}
            >
              <h2 className="teleprompter__heading">{tt(s.title)}</h2>
              {sectionPlainText(testimony.sections[s.id], shared)
                .split(/\n\s*\n/)
                .map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
            </section>
          ))}
          <table className="practice__splits">
            <caption>{t('testimony.practice.splits')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('testimony.practice.section')}</th>
                <th scope="col">{t('testimony.practice.estimated')}</th>
                <th scope="col">{t('testimony.practice.actual')}</th>
                <th scope="col">{t('testimony.practice.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.index} data-testid="split-row">
                  <th scope="row">{tt(sections[row.index]!.title)}</th>
                  <td>{formatClock(row.estimatedMs)}</td>
                  <td>{row.actualMs === null ? '–' : formatClock(row.actualMs)}</td>
                  <td>
                    {row.differenceMs === null
                      ? '–'
                      : `${row.differenceMs > 0 ? '+' : ''}${formatClock(row.differenceMs)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {/* Announced only when the status changes, not every second. */}
      <p className="visually-hidden" role="status">
        {state.status === 'running' && sections[index]
          ? t('testimony.practice.runningStatus', { section: tt(sections[index].title) })
          : state.status === 'paused'
            ? t('testimony.practice.pausedStatus', { time: formatClock(report.elapsedMs) })
            : state.status === 'finished'
              ? t('testimony.practice.finishedStatus', { time: formatClock(report.elapsedMs) })
              : ''}
      </p>

      <div className="practice-bar" data-testid="practice-bar">
        <div
          className={report.overTarget ? 'practice__clock practice__clock--over' : 'practice__clock'}
          data-testid="practice-clock"
          data-status={state.status}
        >
          <span aria-hidden="true" className="practice__time">
            {formatClock(report.elapsedMs)}
          </span>
          {targetMs !== null && (
            <span className="practice__target">
              {t('testimony.practice.ofTarget', { target: formatClock(targetMs) })}
            </span>
          )}
          {report.overTarget && <span className="practice__over">{t('testimony.practice.over')}</span>}
        </div>
        <div className="practice-bar__controls">
          <button
            type="button"
            className="button"
            disabled={sections.length === 0}
            onClick={() => setState((s) => toggle(s, now()))}
            aria-describedby={`${id}-keys`}
          >
            {startLabel}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === 0}
            onClick={() => setState((s) => previousSection(s))}
          >
            {t('testimony.practice.previous')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={state.status === 'idle' || state.status === 'finished'}
            onClick={() => setState((s) => nextSection(s, now()))}
          >
            {t('testimony.practice.next')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={state.status === 'idle' || state.status === 'finished'}
            onClick={() => setState((s) => finish(s, now()))}
          >
            {t('testimony.practice.finish')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setState(newPractice(sections.length))}>
            {t('testimony.practice.reset')}
          </button>
          <div className="practice__speed">
            <label htmlFor={`${id}-speed`}>{t('testimony.practice.speed')}</label>
            <select
              id={`${id}-speed`}
              value={String(speed)}
              aria-describedby={reduced ? `${id}-reduced` : undefined}
              onChange={(e) => setSpeed(Number(e.currentTarget.value))}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s === 0 ? t('testimony.practice.speedOff') : t('testimony.practice.speedValue', { n: s })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {reduced && (
          <p className="hint practice-bar__note" id={`${id}-reduced`}>
            {t('testimony.practice.reducedMotion')}
          </p>
        )}
      </div>
    </section>,
    host,
  );
}
