import { useTranslation } from 'react-i18next';
import type { EraseCause } from '../../../../shared/ipc/contract-safety';
import { CardScreen } from '../../ui/CardScreen';
import { usePreferences } from '../../platform/preferences/PreferencesContext';

/** Why it was erased, in the words of the real name; "tries" when main could not tell. */
const BODY = {
  passphrases: 'safety.erased.bodyPassphrases',
  'recovery-keys': 'safety.erased.bodyRecoveryKeys',
  both: 'safety.erased.bodyBoth',
  unknown: 'safety.erased.bodyTries',
} as const satisfies Record<EraseCause | 'unknown', string>;

/** The same, in the disguise's words (Spanish "notas" is plural: each sentence agrees with it). */
const BODY_NOTES = {
  passphrases: 'safety.erased.bodyPassphrasesNotes',
  'recovery-keys': 'safety.erased.bodyRecoveryKeysNotes',
  both: 'safety.erased.bodyBothNotes',
  unknown: 'safety.erased.bodyTriesNotes',
} as const satisfies Record<EraseCause | 'unknown', string>;

/**
 * After the erase-after-N limit was reached: said plainly, with the way forward. `cause` is what
 * the wrong attempts were, as the main process counted them; it is never guessed here.
 */
export function ErasedScreen({ cause }: { cause: EraseCause | undefined }) {
  const { t } = useTranslation();
  const disguised = usePreferences().prefs.disguise;
  const why = cause ?? 'unknown';
  return (
    <CardScreen heading={disguised ? t('safety.erased.headingNotes') : t('safety.erased.heading')}>
      <p>{disguised ? t(BODY_NOTES[why]) : t(BODY[why])}</p>
      <p>{disguised ? t('safety.erased.backupNotes') : t('safety.erased.backup')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('safety.erased.startAgain')}
        </button>
      </div>
    </CardScreen>
  );
}
