import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NotesMark } from '../../ui/NotesMark';

/**
 * What quick exit leaves on screen when "show a neutral screen" is chosen: an empty, ordinary-looking
 * notes page with nothing about Harbor. "Back" goes to the lock screen; the vault stays locked.
 */
export function NeutralScreen({ onLeave }: { onLeave: () => void }) {
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
      <button type="button" className="link-button neutral-screen__leave" onClick={onLeave}>
        {t('common.back')}
      </button>
    </main>
  );
}
