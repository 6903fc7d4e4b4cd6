import { useTranslation } from 'react-i18next';
import { HarborMark } from '../components/HarborMark';

export interface StartScreenProps {
  version: string | null;
  onStart: () => void;
}

/** The first thing anyone sees: what Harbor is, in one line, and one calm way in. */
export function StartScreen({ version, onStart }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <section className="card" aria-labelledby="start-heading">
        <div className="brand">
          <HarborMark />
          <span>{t('app.name')}</span>
        </div>
        <h1 id="start-heading">{t('start.heading')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <p className="hint">{t('start.body')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onStart}>
            {t('app.start')}
          </button>
        </div>
        {version && <p className="footer-note">{t('app.versionLine', { version })}</p>}
      </section>
    </main>
  );
}
