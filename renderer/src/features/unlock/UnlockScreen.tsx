import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { CardScreen } from '../../ui/CardScreen';
import { PassphraseField } from '../../ui/passphrase/PassphraseField';
import { useAnnouncedError } from '../../ui/use-announced-error';
import { useErrorText } from '../../platform/use-error-text';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { useAttempts } from './use-attempts';
import { AttemptNotice } from './AttemptNotice';
import { ErasedScreen } from './ErasedScreen';
import type { EraseCause } from '../../../../shared/ipc/contract-safety';
import { DISGUISED_ERROR_TEXT, disguisedErrorOf } from './disguised-error';
import { SafetyGuidePage } from '../safety/public';

export interface UnlockScreenProps {
  onUnlocked: (status: VaultStatus) => void;
  onForgot: () => void;
}

/**
 * Opening the vault. While the key is derived (about a second) the button waits and says so. A
 * wrong passphrase keeps what was typed, selected, so it can be fixed or typed over. After a few
 * wrong ones the next try has to wait; the screen counts down instead of leaving the button hanging.
 */
export function UnlockScreen({ onUnlocked, onForgot }: UnlockScreenProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { error, show, clear } = useAnnouncedError();
  const inputRef = useRef<HTMLInputElement>(null);
  const { attempts, secondsLeft, refresh } = useAttempts();
  // Erased at the limit, and what the wrong attempts were (from the main process, which counted them).
  const [erased, setErased] = useState<{ cause: EraseCause | undefined } | null>(null);
  const [guide, setGuide] = useState(false);
  const waiting = secondsLeft > 0;
  // A "Safety guide" link would say what the disguised lock screen is for; the rail has it once unlocked.
  const disguised = usePreferences().prefs.disguise;

  const retry = (text: string) => {
    show(text);
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || waiting) return;
    if (!passphrase) return retry(t('passphrase.errors.empty'));
    clear();
    setBusy(true);
    const result = await harbor.vault.unlock({ passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked(result.value);
    } else {
      const { error } = result;
      if (error.code === 'wrong_passphrase' && error.details?.erased)
        return setErased({ cause: error.details.erasedBy });
      // Disguised, the lock screen says "notes", never "vault" or "Harbor", whatever the error.
      retry(disguised ? t(DISGUISED_ERROR_TEXT[disguisedErrorOf(error)]) : toText(error));
      await refresh();
    }
  };

  if (erased) return <ErasedScreen cause={erased.cause} />;
  if (guide) return <SafetyGuidePage onBack={() => setGuide(false)} />;

  return (
    <CardScreen heading={t('unlock.heading')} focusHeading={false}>
      <p>{disguised ? t('unlock.introNotes') : t('unlock.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField
          label={t('passphrase.label')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
          readOnly={busy}
          error={error}
          inputRef={inputRef}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy || waiting}>
            {t('unlock.submit')}
          </button>
        </div>
        <BusyIndicator busy={busy} label={disguised ? t('unlock.openingNotes') : t('unlock.opening')} />
        <AttemptNotice attempts={attempts} secondsLeft={secondsLeft} />
      </form>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={onForgot}>
          {t('unlock.forgot')}
        </button>
      </p>
      {!disguised && (
        <p className="secondary-action">
          <button type="button" className="link-button" onClick={() => setGuide(true)}>
            {t('safety.guide.open')}
          </button>
        </p>
      )}
    </CardScreen>
  );
}
