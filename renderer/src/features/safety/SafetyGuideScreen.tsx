import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SafetyGuide } from './SafetyGuide';

/** "Safety guide" in the left rail. */
export function SafetyGuideScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="work-area safety-guide-screen" aria-labelledby={headingId}>
      <ScreenHeading id={headingId}>{t('safety.guide.heading')}</ScreenHeading>
      <SafetyGuide />
    </section>
  );
}
