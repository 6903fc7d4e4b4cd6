import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/ipc/contract';
import { harbor } from '../../bridge';
import { BusyIndicator } from '../../components/BusyIndicator';
import { CardScreen } from '../../components/CardScreen';
import { PassphraseField } from '../../components/PassphraseField';
import { useAnnouncedError } from '../../hooks/use-announced-error';
import { useErrorText } from '../../hooks/use-error-text';

export interface UnlockScreenProps {
  onUnlocked: (status: VaultStatus) => void;
  onForgot: () => void;
}

/**
 * Opening the vault. While the key is derived (about a second) the button waits and says so. A
 * wrong passphrase keeps what was typed, selected, so it can be fixed or typed over.
 */
export function UnlockScreen({ onUnlocked, onForgot }: UnlockScreenProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { error, show, clear } = useAnnouncedError();
  const inputRef = useRef<HTMLInputElement>(null);

  const retry = (text: string) => {
    show(text);
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!passphrase) return retry(t('passphrase.errors.empty'));
    clear();
    setBusy(true);
    const result = await harbor.vault.unlock({ passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked(result.value);
    } else {
      retry(toText(result.error));
    }
  };

  return (
    <CardScreen heading={t('unlock.heading')} focusHeading={false}>
      <p>{t('unlock.intro')}</p>
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
          <button type="submit" className="button" disabled={busy}>
            {t('unlock.submit')}
          </button>
        </div>
        <BusyIndicator busy={busy} label={t('unlock.opening')} />
      </form>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={onForgot}>
          {t('unlock.forgot')}
        </button>
      </p>
    </CardScreen>
  );
}
