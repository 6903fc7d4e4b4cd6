import { useState } from 'react';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { StartScreen } from './StartScreen';
import { AboutStep } from './AboutStep';
import { DisguiseStep } from './DisguiseStep';
import { previousStep, stepCount, type FirstRunStep } from './first-run-steps';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { RecoveryOfferStep } from './RecoveryOfferStep';

export interface FirstRunProps {
  version: string | null;
  /** The vault exists and is open; show the library. */
  onFinished: () => void;
}

/**
 * Setting Harbor up, one calm step at a time. The chosen passphrase is held only until the vault is
 * created; the recovery key only until the person says it is stored.
 */
export function FirstRun({ version, onFinished }: FirstRunProps) {
  const { prefs, update } = usePreferences();
  const [step, setStep] = useState<FirstRunStep>('language');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const back = () => setStep((s) => previousStep(s) ?? s);

  switch (step) {
    case 'language':
      return (
        <StartScreen
          version={version}
          step={stepCount('language')}
          language={prefs.language}
          onLanguageChange={(language) => void update({ language })}
          onStart={() => setStep('about')}
        />
      );
    case 'about':
      return <AboutStep onContinue={() => setStep('disguise')} onBack={back} />;
    case 'disguise':
      return <DisguiseStep onContinue={() => setStep('passphrase')} onBack={back} />;
    case 'passphrase':
      return (
        <PassphraseStep
          initial={passphrase}
          onContinue={(chosen) => {
            setPassphrase(chosen);
            setStep('recovery-offer');
          }}
          onBack={back}
        />
      );
    case 'recovery-offer':
      return (
        <RecoveryOfferStep
          passphrase={passphrase}
          onBack={back}
          onCreated={(key) => {
            setPassphrase('');
            if (key === null) {
              onFinished();
            } else {
              setRecoveryKey(key);
              setStep('recovery-key');
            }
          }}
        />
      );
    case 'recovery-key':
      return (
        <RecoveryKeyStep
          recoveryKey={recoveryKey ?? ''}
          onDone={() => {
            setRecoveryKey(null);
            onFinished();
          }}
        />
      );
  }
}
