import { useTranslation } from 'react-i18next';
import type { ShareStatus } from '../../../../shared/share/share-status';

/** Calm words, not colour alone, say whether a shared story may still be quoted. */
export function StatusBadge({ status }: { status: ShareStatus }) {
  const { t } = useTranslation();
  const label =
    status === 'active'
      ? t('share.status.active')
      : status === 'expired'
        ? t('share.status.expired')
        : t('share.status.revoked');
  return <span className={`share-status share-status--${status}`}>{label}</span>;
}
