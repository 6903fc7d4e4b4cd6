import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentPackageView } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FilePickButton } from './FilePickButton';
import { StatusBadge } from './StatusBadge';
import { UseList } from './UseList';
import { useShareDate } from './use-share-date';
import './share.css';

/** The writer's side: each package made, withdrawing one, and reading the receipts that come back. */
export function SentPackages({ sent, onChanged }: { sent: SentPackageView[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const date = useShareDate();
  const [confirming, setConfirming] = useState<SentPackageView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const titleOf = (p: SentPackageView) => p.title ?? p.fileName;

  const withdraw = async (p: SentPackageView) => {
    setBusy(true);
    const r = await harbor.share.revoke({ packageId: p.packageId, reason: '' });
    setBusy(false);
    setConfirming(null);
    onChanged();
    if (!r.ok) return setMessage({ text: toText(r.error), error: true });
    setMessage({
      text:
        r.value.status === 'saved'
          ? t('share.sent.withdrawn', { name: r.value.value.fileName })
          : t('share.sent.withdrawCancelled'),
      error: false,
    });
  };

  const importReceipt = async (base64: string) => {
    const r = await harbor.share.importReceipt({ base64 });
    if (!r.ok) return setMessage({ text: `${toText(r.error)} ${t('share.import.failed')}`, error: true });
    setMessage({ text: t('share.sent.receiptDone', { title: titleOf(r.value) }), error: false });
    onChanged();
  };

  return (
    <section className="share-sent" aria-labelledby="share-sent-heading">
      <h2 id="share-sent-heading">{t('share.sent.heading')}</h2>
      <FilePickButton
        label={t('share.sent.importReceipt')}
        testId="share-receipt-input"
        accept=".harbor-receipt,.harbor-share"
        onFile={(f) => void importReceipt(f.base64)}
        onUnreadable={() => setMessage({ text: t('share.import.unreadable'), error: true })}
      />
      {message && (
        <p className={message.error ? 'notice notice--error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {sent.length === 0 ? (
        <p>{t('share.sent.empty')}</p>
      ) : (
        <ul className="share-list">
          {sent.map((p) => (
            <li key={p.packageId} className="share-card">
              <h3>{titleOf(p)}</h3>
              <p>
                <StatusBadge status={p.status} />{' '}
                {t('share.sent.line', {
                  audience: p.terms.audience.name,
                  date: date(p.createdAt),
                  until: date(p.expiresOn),
                })}
              </p>
              <p>{t('share.sent.file', { name: p.fileName })}</p>
              <UseList uses={p.uses} heading={t('share.sent.usesHeading')} empty={t('share.sent.noUses')} />
              <button type="button" className="button button--quiet" onClick={() => setConfirming(p)} disabled={busy}>
                {t('share.sent.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('share.sent.withdrawTitle')}
          confirmLabel={t('share.sent.withdrawConfirm')}
          cancelLabel={t('share.create.cancel')}
          destructive
          busy={busy}
          onConfirm={() => void withdraw(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('share.sent.withdrawBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
