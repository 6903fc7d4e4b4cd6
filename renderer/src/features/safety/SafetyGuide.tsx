import { useTranslation } from 'react-i18next';

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

/** Plain-language safety guide: what Harbor protects against, and just as plainly what it cannot. */
export function SafetyGuide({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="safety-guide">
      <p>{t('safety.guide.intro')}</p>
      {GUIDE_SECTIONS.map((key) => {
        const points = t(`safety.guide.${key}.points`, { returnObjects: true }) as unknown;
        return (
          <section key={key} className="safety-guide__section">
            <H>{t(`safety.guide.${key}.heading`)}</H>
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
