import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import './safety-guide.css';

/** The guide's sections, in reading order (docs/safety.md says the same). */
export const GUIDE_SECTIONS = [
  'protects',
  'quickExit',
  'disguise',
  'locking',
  'passphrase',
  'cannot',
  'osName',
  'backups',
] as const;
type GuideSection = (typeof GUIDE_SECTIONS)[number];

// Locale keys written out, one per section, so the lint rule and the compiler can check each.
const HEADING = {
  protects: 'safety.guide.protects.heading',
  quickExit: 'safety.guide.quickExit.heading',
  disguise: 'safety.guide.disguise.heading',
  locking: 'safety.guide.locking.heading',
  passphrase: 'safety.guide.passphrase.heading',
  cannot: 'safety.guide.cannot.heading',
  osName: 'safety.guide.osName.heading',
  backups: 'safety.guide.backups.heading',
} as const satisfies Record<GuideSection, string>;
const POINTS = {
  protects: 'safety.guide.protects.points',
  quickExit: 'safety.guide.quickExit.points',
  disguise: 'safety.guide.disguise.points',
  locking: 'safety.guide.locking.points',
  passphrase: 'safety.guide.passphrase.points',
  cannot: 'safety.guide.cannot.points',
  osName: 'safety.guide.osName.points',
  backups: 'safety.guide.backups.points',
} as const satisfies Record<GuideSection, string>;

/**
 * Plain-language safety guide: what Harbor protects against, and just as plainly what it cannot.
 * It calls the app by the name it shows ("Notes" under the disguise; the window title too): the
 * guide is opened from the first run and the rail, in view of whoever is looking at the screen.
 */
export function SafetyGuide({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { name: app } = useAppName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="safety-guide">
      <p>{t('safety.guide.intro', { app })}</p>
      {GUIDE_SECTIONS.map((key) => {
        const points = t(POINTS[key], { returnObjects: true, app }) as unknown;
        return (
          <section key={key} className="safety-guide__section">
            <H>{t(HEADING[key], { app })}</H>
            <ul className="plain-list">
              {(Array.isArray(points) ? (points as string[]) : []).map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
