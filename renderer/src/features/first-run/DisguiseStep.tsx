import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { stepCount } from './first-run-steps';
import { StepActions } from './StepActions';

/**
 * Optional: show "Notes" instead of "Harbor" in the window title and on the lock screen. Applies
 * at once (the brand above changes as the person chooses) and can be changed later in Settings.
 */
export function DisguiseStep({ onContinue, onBack }: { onContinue: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  const name = useId();
  const hintId = useId();
  return (
    <CardScreen heading={t('safety.firstRun.heading')} step={stepCount('disguise')}>
      <p id={hintId}>{t('safety.firstRun.what')}</p>
      <p>{t('safety.firstRun.limits')}</p>
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend className="visually-hidden">{t('safety.firstRun.legend')}</legend>
        <label className="choice">
          <input type="radio" name={name} checked={!prefs.disguise} onChange={() => void update({ disguise: false })} />
          {t('safety.firstRun.keepName')}
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={prefs.disguise} onChange={() => void update({ disguise: true })} />
          {t('safety.firstRun.useNeutral')}
        </label>
      </fieldset>
      <p className="hint">{t('safety.firstRun.optional')}</p>
      <StepActions onContinue={onContinue} onBack={onBack} />
    </CardScreen>
  );
}
