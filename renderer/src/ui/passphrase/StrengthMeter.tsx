import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessWith } from '../../../../shared/passphrase-strength';
import { strengthLabelText, strengthSuggestionText } from './strength-text';
import { useEstimator } from './use-estimator';

/**
 * How hard the passphrase would be to guess, in words (the bar only repeats what the words say).
 * Polite live region: a screen reader hears the label when it changes, not on every key.
 * Until the word lists behind the estimate have loaded, it says it is checking.
 */
export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  const { t } = useTranslation();
  const estimator = useEstimator(passphrase);
  const strength = useMemo(
    () => (passphrase && estimator ? assessWith(estimator, passphrase) : null),
    [estimator, passphrase],
  );
  return (
    <div id={id} className="strength" aria-live="polite">
      {passphrase && !strength && <p className="strength__label">{t('strength.checking')}</p>}
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
