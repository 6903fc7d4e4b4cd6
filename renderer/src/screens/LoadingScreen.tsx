import { useTranslation } from 'react-i18next';
import { BusyIndicator } from '../components/BusyIndicator';

/** The moment before Harbor knows which screen to show. Deliberately plain. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <BusyIndicator busy label={t('app.loading')} />
    </main>
  );
}
