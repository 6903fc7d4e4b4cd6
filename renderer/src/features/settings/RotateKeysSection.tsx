import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { harbor } from '../../platform/bridge';
import { RecoveryKeyBlock } from '../../ui/passphrase/RecoveryKeyBlock';
import { ConfirmPassphraseForm } from './ConfirmPassphraseForm';
import { SettingSection } from './SettingSection';
import { StatusMessage } from './StatusMessage';

type Mode = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'show'; recoveryKey: string };

/** New keys for the whole vault, for when an old passphrase and an old copy may be in someone's hands. */
export function RotateKeysSection() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [done, setDone] = useState(false);

  let body;
  switch (mode.kind) {
    case 'confirm':
      body = (
        <ConfirmPassphraseForm
          explanation={t('settings.rotate.confirm')}
          submitLabel={t('settings.rotate.submit')}
          busyLabel={t('settings.rotate.working')}
          onCancel={() => setMode({ kind: 'idle' })}
          onSubmit={async (passphrase) => {
            const result = await harbor.vault.rotateKeys({ passphrase });
            if (!result.ok) return result.error;
            if (result.value.recoveryKey) {
              setMode({ kind: 'show', recoveryKey: result.value.recoveryKey });
            } else {
              setMode({ kind: 'idle' });
              setDone(true);
            }
            return null;
          }}
        />
      );
      break;
    case 'show':
      body = (
        <>
          <p className="notice">{t('settings.rotate.newRecoveryKey')}</p>
          <RecoveryKeyBlock
            recoveryKey={mode.recoveryKey}
            focusOnMount
            continueLabel={t('common.done')}
            onContinue={() => {
              setMode({ kind: 'idle' });
              setDone(true);
            }}
          />
        </>
      );
      break;
    case 'idle':
      body = (
        <div className="actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setDone(false);
              setMode({ kind: 'confirm' });
            }}
          >
            {t('settings.rotate.start')}
          </button>
        </div>
      );
  }

  return (
    <SettingSection title={t('settings.rotate.heading')}>
      <p>{t('settings.rotate.intro')}</p>
      {body}
      <StatusMessage text={done ? t('settings.rotate.done') : null} />
    </SettingSection>
  );
}
