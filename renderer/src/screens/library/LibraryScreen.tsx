import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';

/** The library, empty for now: the story editor arrives with the next update. */
export function LibraryScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  const noteId = useId();
  return (
    <section className="work-area" aria-labelledby={headingId}>
      <ScreenHeading id={headingId}>{t('library.heading')}</ScreenHeading>
      <div className="empty-state">
        <p className="lead">{t('library.empty')}</p>
        {/* aria-disabled keeps the button reachable, so its note can be heard. */}
        <button
          type="button"
          className="button"
          aria-disabled="true"
          aria-describedby={noteId}
          onClick={() => undefined}
        >
          {t('library.start')}
        </button>
        <p id={noteId} className="hint">
          {t('library.comingSoon')}
        </p>
      </div>
    </section>
  );
}
