import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeShareTerms } from '../../../../shared/share/describe-terms';
import type { SharedStorySummary, SharedStoryView } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { usePlural } from '../../ui/use-plural';
import { FilePickButton } from './FilePickButton';
import { ImportPackageForm } from './ImportPackageForm';
import { SharedStoryReader } from './SharedStoryReader';
import { StatusBadge } from './StatusBadge';
import { useShareDate } from './use-share-date';
import './share.css';
import { dotSeparated } from '../../ui/dot-separated';

/** "Shared with me": stories others shared, read-only (the packages this writer made are in Sharing history). */
export function SharedScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const toText = useErrorText();
  const date = useShareDate();
  const plural = usePlural();
  const [received, setReceived] = useState<SharedStorySummary[]>([]);
  const [open, setOpen] = useState<SharedStoryView | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const reload = useCallback(async () => {
    const r = await harbor.share.list();
    if (r.ok) setReceived(r.value);
    else setMessage({ text: toText(r.error), error: true });
  }, [toText]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const read = async (id: string) => {
    const r = await harbor.share.get({ id });
    if (r.ok) setOpen(r.value);
    else setMessage({ text: toText(r.error), error: true });
  };

  const importRevocation = async (base64: string) => {
    const r = await harbor.share.importRevocation({ base64 });
    if (!r.ok) return setMessage({ text: `${toText(r.error)} ${t('share.import.failed')}`, error: true });
    setMessage({
      text: t('share.import.revocationDone', { title: r.value.title ?? t('share.received.untitled') }),
      error: false,
    });
    void reload();
  };

  if (open) {
    return (
      <div className="share-screen">
        <SharedStoryReader
          story={open}
          onClose={() => {
            setOpen(null);
            void reload();
          }}
        />
      </div>
    );
  }

  return (
    <div className="share-screen">
      <h1>{t('share.received.heading')}</h1>
      <p>{t('share.received.intro')}</p>
      <ImportPackageForm
        onImported={(story) => {
          void reload();
          setOpen(story);
        }}
      />
      <div className="share-panel__actions">
        <FilePickButton
          label={t('share.import.revocation')}
          testId="share-revocation-input"
          accept=".harbor-withdrawal,.harbor-share"
          onFile={(f) => void importRevocation(f.base64)}
          onUnreadable={() => setMessage({ text: t('share.import.unreadable'), error: true })}
        />
      </div>
      {message && (
        <p className={message.error ? 'notice notice--error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <section aria-labelledby="share-received-heading">
        <h2 id="share-received-heading" className="visually-hidden">
          {t('share.received.heading')}
        </h2>
        {received.length === 0 ? (
          <p>{t('share.received.empty')}</p>
        ) : (
          <ul className="share-list">
            {received.map((s) => (
              <li key={s.id} className={`share-card share-card--${s.status}`}>
                <h3>{s.title ?? t('share.received.untitled')}</h3>
                <p>
                  <StatusBadge status={s.status} />{' '}
                  {dotSeparated([
                    t('share.received.importedOn', { date: date(s.importedAt) }),
                    plural('share.received.uses', s.useCount),
                  ])}
                </p>
                <p className="shared-terms">{describeShareTerms(s.terms, lang, { ended: s.status !== 'active' })}</p>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void read(s.id)}
                  aria-label={`${t('share.received.open')}: ${s.title ?? t('share.received.untitled')}`}
                >
                  {t('share.received.open')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
