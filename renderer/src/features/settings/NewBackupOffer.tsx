import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { harbor } from '../../platform/bridge';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { useErrorText } from '../../platform/use-error-text';

/**
 * After a passphrase change: backups made before still open with the old passphrase, so the person
 * is offered a new one at once (the system's save dialog, then one encrypted file).
 */
export function NewBackupOffer() {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'saved' } | { kind: 'error'; text: string } | null>(null);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await harbor.vault.backup();
    setBusy(false);
    if (!result.ok) setOutcome({ kind: 'error', text: toText(result.error) });
    else if (result.value.saved) setOutcome({ kind: 'saved' });
  };

  return (
    <div className="new-backup-offer">
      <p className="notice">{t('settings.passphrase.oldBackups')}</p>
      <div className="actions">
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run()}>
          {t('settings.passphrase.makeBackup')}
        </button>
      </div>
      <BusyIndicator busy={busy} label={t('settings.passphrase.backingUp')} />
      {outcome?.kind === 'error' && (
        <p role="alert" className="notice notice--error">
          {outcome.text}
        </p>
      )}
      <div role="status">
        {outcome?.kind === 'saved' && <p className="notice">{t('settings.passphrase.backupSaved')}</p>}
      </div>
    </div>
  );
}
