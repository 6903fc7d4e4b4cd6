import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { CardScreen } from '../../ui/CardScreen';
import { FieldError } from '../../ui/FieldError';
import { NewPassphraseFields } from '../../ui/passphrase/NewPassphraseFields';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { useAnnouncedError } from '../../ui/use-announced-error';
import { useErrorText } from '../../platform/use-error-text';
import { useNewPassphrase } from '../../ui/passphrase/use-new-passphrase';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { useSecretValue } from '../../ui/passphrase/use-secret-value';
import {
  RECOVERY_KEY_CHARACTERS,
  recoveryKeyLooksComplete,
  tidyRecoveryKeyInput,
} from '../../ui/passphrase/recovery-key';
import { ErasedScreen } from './ErasedScreen';
import type { EraseCause } from '../../../../shared/ipc/contract-safety';
import { DISGUISED_ERROR_TEXT, disguisedErrorOf } from './disguised-error';

export interface RecoverScreenProps {
  onRecovered: (status: VaultStatus) => void;
  onBack: () => void;
}

/**
 * A forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old one,
 * with new keys; the recovery key just used stops working, so the new one is shown once before the app.
 */
export function RecoverScreen({ onRecovered, onBack }: RecoverScreenProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const keyId = useId();
  const [recoveryKey, setRecoveryKey] = useState('');
  const keyError = useAnnouncedError();
  const keyRef = useRef<HTMLTextAreaElement>(null);
  const keyFieldRef = useSecretValue(recoveryKey, keyRef);
  const form = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const formError = useAnnouncedError();
  // Erased at the limit, and what the wrong attempts were (from the main process, which counted them).
  const [erased, setErased] = useState<{ cause: EraseCause | undefined } | null>(null);
  const [recovered, setRecovered] = useState<{ status: VaultStatus; recoveryKey: string } | null>(null);
  // Disguised, these screens say "notes", never "vault" or "Harbor".
  const disguised = usePreferences().prefs.disguise;

  const keyProblem = (text: string) => {
    keyError.show(text);
    keyRef.current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    keyError.clear();
    formError.clear();
    const key = tidyRecoveryKeyInput(recoveryKey);
    if (!key) return keyProblem(t('recover.errors.emptyKey'));
    if (!recoveryKeyLooksComplete(key)) {
      return keyProblem(t('recover.errors.shape', { count: RECOVERY_KEY_CHARACTERS }));
    }
    const next = form.validate();
    if (next === null) return;
    setBusy(true);
    const result = await harbor.vault.recover({ recoveryKey: key, next });
    setBusy(false);
    if (result.ok) {
      form.reset();
      setRecoveryKey('');
      setRecovered(result.value);
    } else if (result.error.code === 'wrong_recovery_key' && result.error.details?.erased) {
      // The erase-after limit counts wrong recovery keys too: the vault is gone, say so plainly.
      setErased({ cause: result.error.details.erasedBy });
    } else {
      const { error } = result;
      // Disguised, these words come from the disguise's own, never the catalog's (which name the vault).
      const text = disguised ? t(DISGUISED_ERROR_TEXT[disguisedErrorOf(error)]) : toText(error);
      // A missing recovery key leaves nothing to fix in the key field: the way forward is the passphrase.
      if (error.messageKey === 'vault.noRecoveryKey') formError.show(disguised ? text : t('recover.noKey'));
      else if (error.code === 'wrong_recovery_key' || error.code === 'invalid_input') keyProblem(text);
      else formError.show(text);
    }
  };

  if (erased) return <ErasedScreen cause={erased.cause} />;

  if (recovered) {
    return (
      <CardScreen heading={t('recover.newKeyHeading')}>
        <p>{disguised ? t('recover.newKeyWhyNotes') : t('recover.newKeyWhy')}</p>
        <RecoveryKeyBlock
          recoveryKey={recovered.recoveryKey}
          continueLabel={t('common.continue')}
          disguised={disguised}
          onContinue={() => onRecovered(recovered.status)}
        />
      </CardScreen>
    );
  }

  return (
    <CardScreen heading={t('recover.heading')}>
      <p>{disguised ? t('recover.introNotes') : t('recover.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={keyId}>{t('recover.keyLabel')}</label>
          <p id={`${keyId}-hint`} className="hint">
            {t('recover.keyHint')}
          </p>
          <textarea
            id={keyId}
            ref={keyFieldRef}
            className="recovery-key-input"
            rows={3}
            onChange={(e) => setRecoveryKey(e.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            translate="no"
            readOnly={busy}
            aria-invalid={keyError.error ? true : undefined}
            aria-describedby={[`${keyId}-hint`, keyError.error ? `${keyId}-error` : ''].join(' ').trim()}
          />
          <FieldError id={`${keyId}-error`} error={keyError.error} />
        </div>
        <NewPassphraseFields {...form.fields} showForgetWarning disguised={disguised} readOnly={busy} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('recover.submit')}
          </button>
          <button type="button" className="button button--quiet" disabled={busy} onClick={onBack}>
            {t('recover.back')}
          </button>
        </div>
        <BusyIndicator busy={busy} label={t('recover.working')} />
        <FieldError id={`${keyId}-form-error`} error={formError.error} />
      </form>
    </CardScreen>
  );
}
