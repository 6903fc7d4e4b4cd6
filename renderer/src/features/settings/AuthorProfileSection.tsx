import { useTranslation } from 'react-i18next';
import { AuthorNameField, useAuthorProfile } from '../consent/public';
import { SettingSection } from './SettingSection';

/** The writer's own name, which consents turn into a full name, first name, initials, or nothing. */
export function AuthorProfileSection() {
  const { t } = useTranslation();
  const { profile, save } = useAuthorProfile();
  return (
    <SettingSection title={t('consent.profile.title')}>
      <AuthorNameField profile={profile} onSave={save} />
    </SettingSection>
  );
}
