import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NotesMark } from '../../ui/NotesMark';
import './neutral-screen.css';

/**
 * What quick exit leaves on screen when "show a neutral screen" is chosen: an empty, ordinary-looking
 * notes page with nothing about Harbor and no way back to it, so whoever looks finds nothing to
 * follow. The person closes the window; Harbor opens on its lock screen the next time.
 */
export function NeutralScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('safety.disguise.name');
    ref.current?.focus();
  }, [t]);
  return (
    <main className="neutral-screen" aria-labelledby={headingId} data-testid="neutral-screen">
      <header className="neutral-screen__bar">
        <NotesMark size={22} />
        <h1 id={headingId} ref={ref} tabIndex={-1}>
          {t('safety.disguise.name')}
        </h1>
      </header>
      <p className="neutral-screen__empty">{t('safety.neutral.empty')}</p>
    </main>
  );
}
