import { useTranslation } from 'react-i18next';
import { CardScreen } from '../ui/CardScreen';

/** Harbor could not tell whether there is a vault (a disk problem, say). Nothing is lost; try again. */
export function UnavailableScreen({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <CardScreen heading={t('unavailable.heading')}>
      <p>{t('unavailable.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    </CardScreen>
  );
}
