import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptStatus } from '../../../../shared/ipc/contract-safety';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import './attempt-notice.css';

/**
 * Under the unlock form: how long until the next try (a visible countdown; screen readers hear
 * only its start and its end, not every second), and, if erase-after-N is on, how many tries are left.
 */
export function AttemptNotice({ attempts, secondsLeft }: { attempts: AttemptStatus | null; secondsLeft: number }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const wasWaiting = useRef(false);
  const disguised = usePreferences().prefs.disguise;

  useEffect(() => {
    const waiting = secondsLeft > 0;
    if (waiting && !wasWaiting.current)
      setAnnouncement(
        t(secondsLeft === 1 ? 'safety.attempts.waitStartOne' : 'safety.attempts.waitStart', { count: secondsLeft }),
      );
    if (!waiting && wasWaiting.current) setAnnouncement(t('safety.attempts.ready'));
    wasWaiting.current = waiting;
  }, [secondsLeft, t]);

  const left = attempts?.eraseAfter != null ? attempts.eraseAfter - attempts.failures : null;
  return (
    <>
      {secondsLeft > 0 && (
        <p className="hint attempt-wait" data-testid="attempt-wait" aria-hidden="true">
          {t(secondsLeft === 1 ? 'safety.attempts.waitOne' : 'safety.attempts.wait', { count: secondsLeft })}
        </p>
      )}
      {left !== null && attempts && attempts.failures > 0 && (
        <p className="hint attempt-erase-warning">
          {disguised
            ? t(left === 1 ? 'safety.attempts.eraseLeftOneNotes' : 'safety.attempts.eraseLeftNotes', { count: left })
            : t(left === 1 ? 'safety.attempts.eraseLeftOne' : 'safety.attempts.eraseLeft', { count: left })}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
