import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { stepCount } from './first-run-steps';

/** The new recovery key, shown this once. */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <CardScreen heading={t('recoveryKey.heading')} step={stepCount('recovery-key')}>
      <RecoveryKeyBlock recoveryKey={recoveryKey} continueLabel={t('common.continue')} onContinue={onDone} />
    </CardScreen>
  );
}
