import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { useErrorText } from '../../platform/use-error-text';
import { useAnnouncer } from '../../ui/use-announcer';
import { GrantList } from './GrantList';
import { RevokeDialog } from './RevokeDialog';
import { useGrants } from './use-grants';
import './grant-list.css';

/**
 * The story's consents in the right panel: each as one sentence; withdraw one here; a new consent,
 * a change to one and an export each open as a page of their own.
 */
export function ConsentPanel({
  storyId,
  onForm,
  onExport,
}: {
  storyId: string;
  /** Opens the consent page: a change to `grant`, or a new consent. */
  onForm: (grant?: ConsentGrant) => void;
  onExport: () => void;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const { state, put } = useGrants(storyId);
  const [revoking, setRevoking] = useState<ConsentGrant | null>(null);
  const { message, announce } = useAnnouncer();

  return (
    <div className="panel-body consent-panel">
      <p className="hint">{t('consent.panel.intro')}</p>
      <div className="card-actions">
        <button type="button" className="button button--small" onClick={() => onForm()}>
          {t('consent.panel.new')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onExport}>
          {t('consent.panel.export')}
        </button>
      </div>
      <p className="ws-live" role="status" aria-live="polite">
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      {state.status === 'loading' && <p className="hint">{t('consent.panel.loading')}</p>}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{t('consent.panel.loadFailed')}</p>
          <p>{toText(state.error)}</p>
        </div>
      )}
      {state.status === 'ready' &&
        (state.grants.length === 0 ? (
          <p className="empty-note">{t('consent.panel.empty')}</p>
        ) : (
          <GrantList
            grants={state.grants}
            label={t('consent.panel.listLabel')}
            onEdit={(grant) => onForm(grant)}
            onRevoke={setRevoking}
          />
        ))}
      {revoking && (
        <RevokeDialog
          grant={revoking}
          onCancel={() => setRevoking(null)}
          onRevoked={(grant) => {
            put(grant);
            setRevoking(null);
            announce(t('consent.panel.revoked'));
          }}
        />
      )}
    </div>
  );
}
