import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../use-focus-on-mount';
import { groupRecoveryKey } from './recovery-key';

export interface RecoveryKeyBlockProps {
  recoveryKey: string;
  continueLabel: string;
  onContinue: () => void;
  /** In Settings there is no new heading: bring focus to the key's first line instead. */
  focusOnMount?: boolean;
}

/**
 * Shows a new recovery key once, large and grouped so it can be written down. There is no Copy
 * button on purpose: on a shared or watched computer the clipboard is one more place to leak.
 */
export function RecoveryKeyBlock({
  recoveryKey,
  continueLabel,
  onContinue,
  focusOnMount = false,
}: RecoveryKeyBlockProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const keyLabelId = useId();
  const checkId = useId();
  const introRef = useFocusOnMount<HTMLParagraphElement>(focusOnMount);
  return (
    <div className="recovery">
      <p ref={introRef} tabIndex={-1} className="recovery__intro">
        {t('recoveryKey.onlyOnce')}
      </p>
      <p id={keyLabelId} className="visually-hidden">
        {t('recoveryKey.label')}
      </p>
      <div className="recovery-key" role="group" aria-labelledby={keyLabelId} translate="no" data-testid="recovery-key">
        {groupRecoveryKey(recoveryKey).map((group, i) => (
          // The space keeps groups apart for screen readers; the layout spaces them visually.
          <span key={i} className="recovery-key__group">
            {i > 0 && ' '}
            {group}
          </span>
        ))}
      </div>
      <p className="notice notice--caution">{t('recoveryKey.warning')}</p>
      <p className="hint">{t('recoveryKey.noCopy')}</p>
      <div className="check">
        <input id={checkId} type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <label htmlFor={checkId}>{t('recoveryKey.stored')}</label>
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={!stored} onClick={onContinue}>
          {continueLabel}
        </button>
      </div>
    </div>
  );
}
