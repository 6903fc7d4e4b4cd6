import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { stepCount } from './first-run-steps';

/** The new recovery key, shown this once; in the disguise's words when it is on. */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const disguised = usePreferences().prefs.disguise;
  return (
    <CardScreen heading={t('recoveryKey.heading')} step={stepCount('recovery-key')}>
      <RecoveryKeyBlock
        recoveryKey={recoveryKey}
        continueLabel={t('common.continue')}
        onContinue={onDone}
        disguised={disguised}
      />
    </CardScreen>
  );
}
