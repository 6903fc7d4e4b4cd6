import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { harbor } from '../../platform/bridge';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { NewPassphraseFields } from '../../ui/passphrase/NewPassphraseFields';
import { PassphraseField } from '../../ui/passphrase/PassphraseField';
import { useAnnouncedError } from '../../ui/use-announced-error';
import { useErrorText } from '../../platform/use-error-text';
import { useNewPassphrase } from '../../ui/passphrase/use-new-passphrase';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { NewBackupOffer } from './NewBackupOffer';
import { SettingSection } from './SettingSection';
import { StatusMessage } from './StatusMessage';

/**
 * Current passphrase, then the new one twice. The change also rotates the keys; afterwards the
 * person learns that backups made before still open with the old passphrase and may make a new one.
 */
export function ChangePassphraseSection() {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const toText = useErrorText();
  const [current, setCurrent] = useState('');
  const currentError = useAnnouncedError();
  const currentRef = useRef<HTMLInputElement>(null);
  const form = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setDone(false);
    setRecoveryKey(null);
    currentError.clear();
    if (!current) {
      currentError.show(t('passphrase.errors.empty'));
      currentRef.current?.focus();
      return;
    }
    const next = form.validate();
    if (next === null) return;
    setBusy(true);
    const result = await harbor.vault.changePassphrase({ current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      form.reset();
      setRecoveryKey(result.value.recoveryKey);
      setDone(true);
    } else {
      currentError.show(toText(result.error));
      currentRef.current?.focus();
      currentRef.current?.select();
    }
  };

  return (
    <SettingSection title={t('settings.passphrase.heading')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <PassphraseField
          label={t('passphrase.currentLabel')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          error={currentError.error}
          inputRef={currentRef}
          readOnly={busy}
        />
        <NewPassphraseFields {...form.fields} readOnly={busy} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('settings.passphrase.submit')}
          </button>
        </div>
        <BusyIndicator busy={busy} label={t('settings.passphrase.working')} />
      </form>
      <StatusMessage text={done ? t('settings.passphrase.done', { app }) : null} />
      {done && recoveryKey && (
        <>
          <p className="notice">{t('settings.rotate.newRecoveryKey')}</p>
          <RecoveryKeyBlock
            recoveryKey={recoveryKey}
            continueLabel={t('common.done')}
            onContinue={() => setRecoveryKey(null)}
          />
        </>
      )}
      {done && <NewBackupOffer />}
    </SettingSection>
  );
}
