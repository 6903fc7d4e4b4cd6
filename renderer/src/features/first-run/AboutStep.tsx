import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { useAppName } from '../../ui/use-app-name';
import { SafetyGuidePage } from '../safety/public';
import { stepCount } from './first-run-steps';
import { StepActions } from './StepActions';

/** What Harbor does and, just as plainly, what it cannot protect against. */
export function AboutStep({ onContinue, onBack }: { onContinue: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { disguised } = useAppName();
  const [guide, setGuide] = useState(false);
  if (guide) return <SafetyGuidePage onBack={() => setGuide(false)} />;
  return (
    <CardScreen heading={t('firstRun.about.heading')} step={stepCount('about')}>
      <ul className="plain-list">
        <li>{disguised ? t('firstRun.about.encryptsNotes') : t('firstRun.about.encrypts')}</li>
        <li>{t('firstRun.about.cannotProtect')}</li>
        <li>{t('firstRun.about.publicRecord')}</li>
      </ul>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={() => setGuide(true)}>
          {t('safety.guide.open')}
        </button>
      </p>
      <StepActions onContinue={onContinue} onBack={onBack} />
    </CardScreen>
  );
}
