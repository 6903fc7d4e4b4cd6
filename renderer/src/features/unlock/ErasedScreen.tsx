import { useTranslation } from 'react-i18next';
import { CardScreen } from '../../ui/CardScreen';

/** After the erase-after-N limit was reached: said plainly, with the way forward. */
export function ErasedScreen() {
  const { t } = useTranslation();
  return (
    <CardScreen heading={t('safety.erased.heading')}>
      <p>{t('safety.erased.body')}</p>
      <p>{t('safety.erased.backup')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('safety.erased.startAgain')}
        </button>
      </div>
    </CardScreen>
  );
}
