import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { summarizeGrant } from '../../../../shared/consent/summary';
import { docLanguage } from './doc-language';
import { usePurposeText } from './use-purpose-text';
import { grantStatus } from './grant-status';
import { todayIso } from '../../ui/today';
import './grant-list.css';

/** Grants, each as its one plain sentence, with edit and withdraw for the ones still in force. */
export function GrantList({
  grants,
  label,
  onEdit,
  onRevoke,
}: {
  grants: ConsentGrant[];
  label: string;
  onEdit?: (grant: ConsentGrant) => void;
  onRevoke: (grant: ConsentGrant) => void;
}) {
  const { t, i18n } = useTranslation();
  const localPurpose = usePurposeText();
  const today = todayIso();
  return (
    <ul className="card-list" aria-label={label}>
      {grants.map((grant) => {
        const status = grantStatus(grant, today);
        return (
          <li key={grant.id} className="card-list__item grant" data-status={status}>
            {/* A withdrawn grant's sentence already says so. */}
            {status === 'expired' && <span className="grant__badge">{t('consent.panel.expired')}</span>}
            <p className="grant__summary">{summarizeGrant(localPurpose(grant), docLanguage(i18n.language))}</p>
            {status !== 'revoked' && (
              <div className="card-actions">
                {onEdit && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('consent.panel.editOne', { audience: grant.audience.name })}
                    onClick={() => onEdit(grant)}
                  >
                    {t('consent.panel.edit')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('consent.panel.revokeOne', { audience: grant.audience.name })}
                  onClick={() => onRevoke(grant)}
                >
                  {t('consent.panel.revoke')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
