import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { useErrorText } from '../../platform/use-error-text';
import { useAnnouncer } from '../../ui/use-announcer';
import { GrantForm } from './GrantForm';
import { GrantList } from './GrantList';
import { RevokeDialog } from './RevokeDialog';
import { useGrants } from './use-grants';
import { useStoryDetails } from './use-story-details';
import './consent.css';

type Mode = { kind: 'list' } | { kind: 'form'; grant?: ConsentGrant };

/** The story's consents in the right panel: each as one sentence; create, edit, withdraw; start an export. */
export function ConsentPanel({ storyId, editor, onExport }: { storyId: string; editor: Editor; onExport: () => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const details = useStoryDetails(editor);
  const { state, put } = useGrants(storyId);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [revoking, setRevoking] = useState<ConsentGrant | null>(null);
  const { message, announce } = useAnnouncer();

  if (mode.kind === 'form') {
    return (
      <div className="panel-body">
        <GrantForm
          sourceIds={[storyId]}
          grant={mode.grant}
          details={details}
          onSaved={(grant) => {
            put(grant);
            setMode({ kind: 'list' });
            announce(mode.grant ? t('consent.panel.updated') : t('consent.panel.created'));
          }}
          onCancel={() => setMode({ kind: 'list' })}
        />
      </div>
    );
  }

  return (
    <div className="panel-body consent-panel">
      <p className="hint">{t('consent.panel.intro')}</p>
      <div className="consent-panel__actions">
        <button type="button" className="button button--small" onClick={() => setMode({ kind: 'form' })}>
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
            onEdit={(grant) => setMode({ kind: 'form', grant })}
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
