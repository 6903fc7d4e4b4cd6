import { useTranslation } from 'react-i18next';
import { BusyIndicator } from '../ui/BusyIndicator';

/**
 * The moment before Harbor knows which screen to show. Deliberately plain, and without the name:
 * it is also what shows right after a quick exit, before the disguise setting is known.
 */
export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <BusyIndicator busy label={t('safety.loading')} />
    </main>
  );
}
