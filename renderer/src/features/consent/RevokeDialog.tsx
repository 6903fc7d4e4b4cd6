import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { summarizeGrant } from '../../../../shared/consent/summary';
import { harbor } from '../../platform/bridge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { docLanguage } from './doc-language';
import { usePurposeText } from './use-purpose-text';

/** Withdraws a grant after a confirmation, with an optional reason kept for the writer. */
export function RevokeDialog({
  grant,
  onRevoked,
  onCancel,
}: {
  grant: ConsentGrant;
  onRevoked: (grant: ConsentGrant) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const localPurpose = usePurposeText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    const result = await harbor.consent.revoke({ id: grant.id, reason: reason.trim() });
    setBusy(false);
    if (result.ok) onRevoked(result.value);
    else setFailed(true);
  };
  return (
    <ConfirmDialog
      title={t('consent.revoke.title')}
      confirmLabel={t('consent.revoke.confirm')}
      cancelLabel={t('consent.revoke.cancel')}
      destructive
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{summarizeGrant(localPurpose(grant), docLanguage(i18n.language))}</p>
      <p>{t('consent.revoke.body')}</p>
      <div className="field">
        <label htmlFor={id}>{t('consent.revoke.reason')}</label>
        <textarea id={id} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {failed && (
        <p className="error-text" role="alert">
          {t('consent.revoke.failed')}
        </p>
      )}
    </ConfirmDialog>
  );
}
