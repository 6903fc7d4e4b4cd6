import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { RAIL_ICONS } from './rail-icons';
import { SECTIONS, type Section } from './sections';

/**
 * The left rail: one button per section; the current one is marked for screen readers too. When
 * large text leaves the window narrow (shell.css), only the icons show and each label appears
 * beside its icon on hover and focus, still naming the button.
 */
export function NavRail({ current, onNavigate }: { current: Section; onNavigate: (section: Section) => void }) {
  const { t } = useTranslation();
  // Read aloud by screen readers, which may be heard in the room: the name the app shows.
  const { name: app } = useAppName();
  const labels: Record<Section, string> = {
    library: t('nav.library'),
    testimony: t('testimony.nav'),
    shared: t('share.nav'),
    history: t('consent.history.title'),
    campaigns: t('campaigns.nav'),
    week: t('campaigns.week.nav'),
    settings: t('nav.settings'),
    safety: t('safety.guide.nav'),
  };
  const label = (section: Section) => labels[section];
  return (
    <nav className="rail" aria-label={t('nav.label', { app })}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="rail__item"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => onNavigate(section)}
            >
              {RAIL_ICONS[section]}
              <span className="rail__label">{label(section)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
