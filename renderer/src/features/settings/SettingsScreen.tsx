import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { EraseAfterSection } from './EraseAfterSection';
import { AuthorProfileSection } from './AuthorProfileSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IntegritySection } from './IntegritySection';
import { PreferenceSettings } from './PreferenceSettings';
import { RecoveryKeySection } from './RecoveryKeySection';
import { RotateKeysSection } from './RotateKeysSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="work-area settings" aria-labelledby={headingId}>
      <ScreenHeading id={headingId}>{t('settings.heading')}</ScreenHeading>
      <PreferenceSettings />
      <EraseAfterSection />
      <AuthorProfileSection />
      <ChangePassphraseSection />
      <RecoveryKeySection />
      <IntegritySection />
      <RotateKeysSection />
    </section>
  );
}
