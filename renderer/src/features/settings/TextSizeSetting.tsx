import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SCALES, withCurrent } from './options';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

export function TextSizeSetting({ onSaved }: { onSaved: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.appearance.textSize')}</label>
      <select
        id={id}
        value={prefs.textScale}
        onChange={(e) => void update({ textScale: Number(e.target.value) }).then(onSaved)}
      >
        {withCurrent(TEXT_SCALES, prefs.textScale).map((scale) => {
          const percent = Math.round(scale * 100);
          return (
            <option key={scale} value={scale}>
              {scale === 1
                ? t('settings.appearance.textSizeStandard', { percent })
                : t('settings.appearance.textSizeOption', { percent })}
            </option>
          );
        })}
      </select>
    </div>
  );
}
