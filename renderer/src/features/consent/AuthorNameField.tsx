import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileState } from './use-author-profile';
import './grant-form.css';

/**
 * Where the writer enters their own name, with what Harbor does with it. Used in Settings and
 * inside the consent form (identity previews need it).
 */
export function AuthorNameField({
  profile,
  onSave,
}: {
  profile: ProfileState;
  onSave: (fullName: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(profile.fullName);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  useEffect(() => setValue(profile.fullName), [profile.fullName]);
  const dirty = value.trim() !== profile.fullName;
  const save = () => {
    setStatus('saving');
    void onSave(value).then((ok) => setStatus(ok ? 'saved' : 'failed'));
  };
  return (
    <div className="field author-name">
      <label htmlFor={id}>{t('consent.profile.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('consent.profile.explain')}
      </p>
      <div className="author-name__row">
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={value}
          aria-describedby={`${id}-hint`}
          disabled={profile.status === 'loading'}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus('idle');
          }}
          onKeyDown={(e) => {
            // Enter saves the name, never the form around it.
            if (e.key === 'Enter') {
              e.preventDefault();
              if (dirty) save();
            }
          }}
        />
        <button type="button" className="button button--small" disabled={!dirty || status === 'saving'} onClick={save}>
          {t('consent.profile.save')}
        </button>
      </div>
      <p className="hint" role="status">
        {status === 'saved' && t('consent.profile.saved')}
        {status === 'failed' && t('consent.profile.saveFailed')}
        {profile.status === 'error' && status === 'idle' && t('consent.profile.loadFailed')}
      </p>
    </div>
  );
}
