import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { NewPassphraseFields } from '../../ui/passphrase/NewPassphraseFields';
import { useNewPassphrase } from '../../ui/passphrase/use-new-passphrase';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { stepCount } from './first-run-steps';
import { StepActions } from './StepActions';

export interface PassphraseStepProps {
  /** The passphrase chosen before, when coming back from the next step. */
  initial: string;
  onContinue: (passphrase: string) => void;
  onBack: () => void;
}

/** Choosing the passphrase. Nothing is created yet: that happens after the recovery key choice. */
export function PassphraseStep({ initial, onContinue, onBack }: PassphraseStepProps) {
  const { t } = useTranslation();
  const form = useNewPassphrase(initial);
  // Chosen on the step before: from here on the words are about notes, never a vault or Harbor.
  const disguised = usePreferences().prefs.disguise;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const passphrase = form.validate();
    if (passphrase !== null) onContinue(passphrase);
  };
  return (
    <CardScreen heading={t('firstRun.passphrase.heading')} step={stepCount('passphrase')}>
      <p>{disguised ? t('firstRun.passphrase.introNotes') : t('firstRun.passphrase.intro')}</p>
      <form onSubmit={submit} noValidate>
        <NewPassphraseFields {...form.fields} showForgetWarning disguised={disguised} />
        <StepActions submit onBack={onBack} />
      </form>
    </CardScreen>
  );
}
