import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from './sections';

/** The left rail: one button per section; the current one is marked for screen readers too. */
export function NavRail({ current, onNavigate }: { current: Section; onNavigate: (section: Section) => void }) {
  const { t } = useTranslation();
  const label = (section: Section) =>
    section === 'library' ? t('nav.library') : section === 'safety' ? t('safety.guide.nav') : t('nav.settings');
  return (
    <nav className="rail" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="rail__item"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => onNavigate(section)}
            >
              {label(section)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
