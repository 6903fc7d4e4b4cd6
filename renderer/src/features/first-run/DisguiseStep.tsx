import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { stepCount } from './first-run-steps';
import { StepActions } from './StepActions';

/**
 * Optional: show "Notes" instead of "Harbor" in the window title and on the lock screen. Applies
 * and is saved the moment it is chosen (the brand above changes at once), so a first run left before
 * the vault exists starts disguised next time; it can be changed later in Settings. Once the
 * disguise is on, this step no longer names Harbor either: it may be reached again on a watched screen.
 */
export function DisguiseStep({ onContinue, onBack }: { onContinue: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  const [notSaved, setNotSaved] = useState(false);
  const name = useId();
  const hintId = useId();
  const choose = (disguise: boolean) => void update({ disguise }).then((saved) => setNotSaved(!saved));
  const disguised = prefs.disguise;
  return (
    <CardScreen heading={t('safety.firstRun.heading')} step={stepCount('disguise')}>
      <p id={hintId}>{disguised ? t('safety.firstRun.whatNotes') : t('safety.firstRun.what')}</p>
      <p>{t('safety.firstRun.limits')}</p>
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend className="visually-hidden">
          {disguised ? t('safety.firstRun.legendNotes') : t('safety.firstRun.legend')}
        </legend>
        <label className="choice">
          <input type="radio" name={name} checked={!disguised} onChange={() => choose(false)} />
          {disguised ? t('safety.firstRun.keepNameNotes') : t('safety.firstRun.keepName')}
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={disguised} onChange={() => choose(true)} />
          {t('safety.firstRun.useNeutral')}
        </label>
      </fieldset>
      {notSaved && (
        <p className="error-text" role="alert">
          {t('safety.firstRun.notSaved')}
        </p>
      )}
      <p className="hint">{t('safety.firstRun.optional')}</p>
      <StepActions onContinue={onContinue} onBack={onBack} />
    </CardScreen>
  );
}
