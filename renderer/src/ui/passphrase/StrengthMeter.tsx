import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessPassphrase } from '../../../../shared/passphrase-strength';
import { strengthLabelText, strengthSuggestionText } from './strength-text';

/**
 * How hard the passphrase would be to guess, in words (the bar only repeats what the words say).
 * Polite live region: a screen reader hears the label when it changes, not on every key.
 */
export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  const { t } = useTranslation();
  const strength = useMemo(() => (passphrase ? assessPassphrase(passphrase) : null), [passphrase]);
  return (
    <div id={id} className="strength" aria-live="polite">
      {strength && (
        <>
          <div className="strength__bar" data-score={strength.score} aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </div>
          <p className="strength__label">{t('strength.label', { label: strengthLabelText(t, strength.label) })}</p>
          {strength.suggestion && <p className="strength__tip">{strengthSuggestionText(t, strength.suggestion)}</p>}
        </>
      )}
    </div>
  );
}
