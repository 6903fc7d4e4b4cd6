import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { useEscapeAnywhere } from '../../ui/use-escape-anywhere';
import { RAIL_ICONS } from './rail-icons';
import { SECTIONS, type Section } from './sections';

/**
 * The left rail: one button per section; the current one is marked for screen readers too. When
 * large text leaves the window narrow (shell.css), only the icons show and each label appears
 * beside its icon on hover and focus, still naming the button. That label floats over the work
 * area, so it gets out of the way once it has done its job (WCAG 1.4.13, dismissible): pressing the
 * button, or Escape anywhere, hides it until the pointer or the focus comes to a button afresh. It
 * also stays while the pointer moves onto it (hoverable): being inside the button, it keeps it hovered.
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
  // The buttons whose floating label is dismissed (shell.css hides it while the button is quiet).
  const [quiet, setQuiet] = useState<ReadonlySet<Section>>(() => new Set());
  const wake = (section: Section) =>
    setQuiet((q) => (q.has(section) ? new Set([...q].filter((s) => s !== section)) : q));
  useEscapeAnywhere(() => setQuiet(new Set(SECTIONS)));
  return (
    <nav className="rail" aria-label={t('nav.label', { app })}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="rail__item"
              aria-current={section === current ? 'page' : undefined}
              data-tip={quiet.has(section) ? 'quiet' : undefined}
              onPointerEnter={() => wake(section)}
              onFocus={() => wake(section)}
              onClick={() => {
                setQuiet((q) => new Set(q).add(section));
                onNavigate(section);
              }}
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
