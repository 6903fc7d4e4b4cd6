import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';
import { SafetyGuide } from './SafetyGuide';

/** The guide before the vault is open (from first run and the lock screen), with a way back. */
export function SafetyGuidePage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <CardScreen heading={t('safety.guide.heading')}>
      <SafetyGuide />
      <div className="actions">
        <button type="button" className="button" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </CardScreen>
  );
}
