import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { summarizeGrant } from '../../../../shared/consent/summary';
import type { ExportRecordView } from '../../../../shared/ipc/contract-consent';
import type { IpcError } from '../../../../shared/ipc/result';
import type { SentPackageView } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { docLanguage, HistoryEntry, RevokeDialog, usePurposeText } from '../consent/public';
import { useErrorText } from '../../platform/use-error-text';
import { SentPackages } from './SentPackages';
import { useAnnouncer } from '../../ui/use-announcer';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: IpcError }
  | { status: 'ready'; records: ExportRecordView[]; grants: Map<string, ConsentGrant> };

interface Group {
  grantId: string;
  grant: ConsentGrant | undefined;
  records: ExportRecordView[];
}

/** Exports grouped by the consent they were made under, newest first. */
function groupByGrant(records: ExportRecordView[], grants: Map<string, ConsentGrant>): Group[] {
  const groups = new Map<string, Group>();
  const sorted = [...records].sort((a, b) => b.at.localeCompare(a.at));
  for (const record of sorted) {
    const group = groups.get(record.grantId) ?? {
      grantId: record.grantId,
      grant: grants.get(record.grantId),
      records: [],
    };
    group.records.push(record);
    groups.set(record.grantId, group);
  }
  return [...groups.values()];
}

/**
 * Sharing history: every export with its consent, audience, date, file name and fingerprint.
 * A consent can be withdrawn here, and a withdrawal letter made for its recipient, with the honest
 * note that a public record cannot be recalled. Below, the stories shared with advocates, where
 * an advocate's receipt shows where those words went.
 */
export function SharingHistoryScreen() {
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const headingId = useId();
  const lang = docLanguage(i18n.language);
  const localPurpose = usePurposeText();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [revoking, setRevoking] = useState<ConsentGrant | null>(null);
  const [letterBusy, setLetterBusy] = useState<string | null>(null);
  const { message, announce } = useAnnouncer();
  const [sent, setSent] = useState<SentPackageView[]>([]);

  const loadSent = useCallback(async () => {
    const result = await harbor.share.sent();
    if (result.ok) setSent(result.value);
  }, []);
  useEffect(() => {
    void loadSent();
  }, [loadSent]);

  const load = useCallback(async () => {
    const [records, grants] = await Promise.all([harbor.history.list(), harbor.consent.list()]);
    if (!records.ok) return setLoaded({ status: 'error', error: records.error });
    const byId = new Map((grants.ok ? grants.value : []).map((g) => [g.id, g]));
    setLoaded({ status: 'ready', records: records.value, grants: byId });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const letter = async (grantId: string) => {
    setLetterBusy(grantId);
    const result = await harbor.history.withdrawalLetter({ grantId, language: lang });
    setLetterBusy(null);
    if (!result.ok) announce(`${t('consent.history.letterFailed')} ${toText(result.error)}`);
    else if (result.value.status === 'cancelled') announce(t('consent.history.letterCancelled'));
    else announce(t('consent.history.letterSaved', { file: result.value.value.fileName }));
  };

  return (
    <section className="work-area sharing-history" aria-labelledby={headingId}>
      <ScreenHeading id={headingId}>{t('consent.history.title')}</ScreenHeading>
      <p className="hint">{t('consent.history.intro')}</p>
      <p className="ws-live" role="status" aria-live="polite">
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      {loaded.status === 'loading' && <p className="hint">{t('consent.history.loading')}</p>}
      {loaded.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{t('consent.history.loadFailed')}</p>
          <p>{toText(loaded.error)}</p>
        </div>
      )}
      {loaded.status === 'ready' && loaded.records.length === 0 && (
        <p className="empty-note">{t('consent.history.empty')}</p>
      )}
      {loaded.status === 'ready' &&
        groupByGrant(loaded.records, loaded.grants).map((group) => (
          <section
            key={group.grantId}
            className="history-group"
            aria-label={group.grant?.audience.name ?? t('consent.history.unknownGrant')}
          >
            <p className="grant__summary">
              {group.grant ? summarizeGrant(localPurpose(group.grant), lang) : t('consent.history.unknownGrant')}
            </p>
            {group.grant && (
              <div className="card-actions">
                {!group.grant.revoked && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('consent.panel.revokeOne', { audience: group.grant.audience.name })}
                    onClick={() => setRevoking(group.grant!)}
                  >
                    {t('consent.history.revoke')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={letterBusy === group.grantId}
                  onClick={() => void letter(group.grantId)}
                >
                  {t('consent.history.letter')}
                </button>
              </div>
            )}
            <p className="hint">{t('consent.history.publicRecordNote')}</p>
            <ul className="history-list" aria-label={t('consent.history.exportsLabel')}>
              {group.records.map((record) => (
                <li key={record.id}>
                  <HistoryEntry record={record} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      <SentPackages sent={sent} onChanged={() => void loadSent()} />
      {revoking && (
        <RevokeDialog
          grant={revoking}
          onCancel={() => setRevoking(null)}
          onRevoked={(grant) => {
            setRevoking(null);
            setLoaded((l) => (l.status === 'ready' ? { ...l, grants: new Map(l.grants).set(grant.id, grant) } : l));
            announce(t('consent.panel.revoked'));
          }}
        />
      )}
    </section>
  );
}
