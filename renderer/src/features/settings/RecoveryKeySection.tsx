import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { ConfirmPassphraseForm } from './ConfirmPassphraseForm';
import { SettingSection } from './SettingSection';
import { StatusMessage } from './StatusMessage';

type Mode =
  { kind: 'idle' } | { kind: 'confirm-create' } | { kind: 'confirm-remove' } | { kind: 'show'; recoveryKey: string };

/** Create (or replace) the recovery key, or remove it. Each asks for the passphrase first. */
export function RecoveryKeySection() {
  const { t } = useTranslation();
  const [hasKey, setHasKey] = useState<boolean | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  // What just happened, as a code: the words follow the language even if it changes meanwhile.
  const [done, setDone] = useState<'created' | 'removed' | null>(null);

  useIpcEffect(
    () => harbor.vault.status(),
    (result) => {
      if (result.ok) setHasKey(result.value.hasRecoveryKey);
    },
    [],
  );

  const start = (next: Mode) => {
    setDone(null);
    setMode(next);
  };

  let body;
  switch (mode.kind) {
    case 'confirm-create':
      body = (
        <ConfirmPassphraseForm
          explanation={hasKey ? t('settings.recovery.replaceExplanation') : t('settings.recovery.createExplanation')}
          submitLabel={t('settings.recovery.createSubmit')}
          busyLabel={t('settings.recovery.creating')}
          onCancel={() => setMode({ kind: 'idle' })}
          onSubmit={async (passphrase) => {
            const result = await harbor.vault.newRecoveryKey({ passphrase });
            if (!result.ok) return result.error;
            setHasKey(true);
            setMode({ kind: 'show', recoveryKey: result.value.recoveryKey });
            return null;
          }}
        />
      );
      break;
    case 'confirm-remove':
      body = (
        <ConfirmPassphraseForm
          explanation={t('settings.recovery.removeExplanation')}
          submitLabel={t('settings.recovery.removeSubmit')}
          busyLabel={t('settings.recovery.removing')}
          destructive
          onCancel={() => setMode({ kind: 'idle' })}
          onSubmit={async (passphrase) => {
            const result = await harbor.vault.removeRecoveryKey({ passphrase });
            if (!result.ok) return result.error;
            setHasKey(false);
            setMode({ kind: 'idle' });
            setDone('removed');
            return null;
          }}
        />
      );
      break;
    case 'show':
      body = (
        <RecoveryKeyBlock
          recoveryKey={mode.recoveryKey}
          focusOnMount
          continueLabel={t('common.done')}
          onContinue={() => {
            setMode({ kind: 'idle' });
            setDone('created');
          }}
        />
      );
      break;
    case 'idle':
      body = (
        <>
          {hasKey !== null && <p>{hasKey ? t('settings.recovery.has') : t('settings.recovery.none')}</p>}
          <div className="actions">
            <button type="button" className="button button--quiet" onClick={() => start({ kind: 'confirm-create' })}>
              {hasKey ? t('settings.recovery.replace') : t('settings.recovery.create')}
            </button>
            {hasKey && (
              <button type="button" className="button button--quiet" onClick={() => start({ kind: 'confirm-remove' })}>
                {t('settings.recovery.remove')}
              </button>
            )}
          </div>
        </>
      );
  }

  return (
    <SettingSection title={t('settings.recovery.heading')}>
      {body}
      <StatusMessage
        text={
          done === 'created'
            ? t('settings.recovery.created')
            : done === 'removed'
              ? t('settings.recovery.removed')
              : null
        }
      />
    </SettingSection>
  );
}
