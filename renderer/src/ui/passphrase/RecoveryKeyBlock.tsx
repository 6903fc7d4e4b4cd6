import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../use-focus-on-mount';
import { groupRecoveryKey } from './recovery-key';

/** Groups a line holds: a key of 8 groups shows as 4 + 4, never split unevenly by the window's width. */
const GROUPS_PER_LINE = 4;

export interface RecoveryKeyBlockProps {
  recoveryKey: string;
  continueLabel: string;
  onContinue: () => void;
  /** In Settings there is no new heading: bring focus to the key's first line instead. */
  focusOnMount?: boolean;
  /** Disguised (the recovery screen), the words say "notes", never "vault" or "Harbor". */
  disguised?: boolean;
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
  disguised = false,
}: RecoveryKeyBlockProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const keyLabelId = useId();
  const checkId = useId();
  const introRef = useFocusOnMount<HTMLParagraphElement>(focusOnMount);
  return (
    <div className="recovery">
      <p ref={introRef} tabIndex={-1} className="recovery__intro">
        {disguised ? t('recoveryKey.onlyOnceNotes') : t('recoveryKey.onlyOnce')}
      </p>
      <p id={keyLabelId} className="visually-hidden">
        {t('recoveryKey.label')}
      </p>
      <div className="recovery-key" role="group" aria-labelledby={keyLabelId} translate="no" data-testid="recovery-key">
        {lines(groupRecoveryKey(recoveryKey)).map((line, l) => (
          <span key={l} className="recovery-key__line">
            {line.map((group, g) => (
              // The space keeps groups apart for screen readers; the layout spaces them visually.
              <span key={g} className="recovery-key__group">
                {(l > 0 || g > 0) && ' '}
                {group}
              </span>
            ))}
          </span>
        ))}
      </div>
      <p className="notice notice--caution">{disguised ? t('recoveryKey.warningNotes') : t('recoveryKey.warning')}</p>
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

function lines(groups: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_LINE) out.push(groups.slice(i, i + GROUPS_PER_LINE));
  return out;
}
