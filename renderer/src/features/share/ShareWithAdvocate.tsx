import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeGrant, type ConsentGrant } from '../../../../shared/consent';
import { formatConsentDate } from '../../../../shared/consent/summary';
import { isPastLastDay } from '../../../../shared/core/dates';
import type { CreatedPackage } from '../../../../shared/ipc/contract-share';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { useErrorText } from '../../platform/use-error-text';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { usePurposeText } from '../consent/public';
import './share.css';

type Phase = { kind: 'choose' } | { kind: 'making' } | { kind: 'done'; created: CreatedPackage };

const usable = (g: ConsentGrant) => !g.revoked && !isPastLastDay(g.expiresOn, new Date());

/**
 * Story → consent → package file + share code (ux.md flow 5). The code is shown once, here, with
 * the advice to pass it on another way than the file.
 */
export function ShareWithAdvocate(props: {
  storyId: string;
  /** Saves the latest words first, so the package holds what the writer sees. */
  flush: () => Promise<void>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const localPurpose = usePurposeText();
  const toText = useErrorText();
  const ids = useId();
  const [grants, setGrants] = useState<ConsentGrant[] | null>(null);
  const [grantId, setGrantId] = useState<string | null>(null);
  const [withTitle, setWithTitle] = useState(false);
  // Empty, never the story's own title: what the advocate sees is only what the writer types here.
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useIpcEffect(
    () => harbor.consent.list({ sourceId: props.storyId }),
    (r) => {
      if (!r.ok) {
        setGrants([]);
        setMessage({ text: toText(r.error), error: true });
        return;
      }
      const open = r.value.filter(usable);
      setGrants(open);
      setGrantId(open[0]?.id ?? null);
    },
    [props.storyId, toText],
  );

  const make = async () => {
    if (!grantId) return;
    setPhase({ kind: 'making' });
    setMessage({ text: t('share.create.saving'), error: false });
    try {
      await props.flush();
    } catch {
      // Autosave reports its own trouble; the package is made from what is saved.
    }
    const r = await harbor.share.create({
      storyId: props.storyId,
      grantId,
      title: withTitle ? title : null,
      language: lang,
    });
    if (!r.ok) {
      setPhase({ kind: 'choose' });
      setMessage({ text: toText(r.error), error: true });
      return;
    }
    if (r.value.status === 'cancelled') {
      setPhase({ kind: 'choose' });
      setMessage({ text: t('share.create.cancelled'), error: false });
      return;
    }
    setMessage(null);
    setPhase({ kind: 'done', created: r.value.value });
  };

  const chosen = grants?.find((g) => g.id === grantId) ?? null;
  // Who the advocate may pass it to, for what and until when: the chosen consent's own terms.
  const passOn = chosen && (
    <p className="notice share-pass-on" data-testid="share-pass-on">
      {t('share.create.passOn', {
        audience: chosen.audience.name,
        purpose: localPurpose(chosen).purpose.replace(/[.]+$/, ''),
        date: formatConsentDate(chosen.expiresOn, lang),
      })}
    </p>
  );

  if (phase.kind === 'done') {
    return (
      <FlowPage title={t('share.create.doneHeading')} onBack={props.onClose} dirty={false}>
        <p>{t('share.create.savedAs', { name: phase.created.fileName })}</p>
        {passOn}
        <p className="share-code__label" id={`${ids}-code`}>
          {t('share.create.codeLabel')}
        </p>
        <p className="share-code" aria-labelledby={`${ids}-code`} data-testid="share-code">
          {phase.created.shareCode.split('-').join(' ')}
        </p>
        <p>{t('share.create.codeOnce')}</p>
        <p className="notice">{t('share.create.advice')}</p>
        <FlowActions>
          <button type="button" className="button" onClick={props.onClose}>
            {t('share.create.done')}
          </button>
        </FlowActions>
      </FlowPage>
    );
  }

  const busy = phase.kind === 'making';
  return (
    <FlowPage title={t('share.create.heading')} onBack={props.onClose} dirty={busy || undefined}>
      <div className="share-panel" aria-busy={busy}>
        <p>{t('share.create.intro')}</p>
        {grants && grants.length === 0 && !message?.error && <p className="notice">{t('share.create.noGrants')}</p>}
        {grants && grants.length > 0 && (
          <fieldset className="share-grants">
            <legend>{t('share.create.grantLegend')}</legend>
            {grants.map((g) => (
              <label key={g.id} className="share-grants__option">
                <input
                  type="radio"
                  name={`${ids}-grant`}
                  value={g.id}
                  checked={grantId === g.id}
                  onChange={() => setGrantId(g.id)}
                  disabled={busy}
                />
                <span>{summarizeGrant(localPurpose(g), lang)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {passOn}
        <label className="share-title-toggle">
          <input
            type="checkbox"
            checked={withTitle}
            onChange={(e) => setWithTitle(e.currentTarget.checked)}
            disabled={busy}
          />
          <span>{t('share.create.titleToggle')}</span>
        </label>
        {withTitle && (
          <div className="field">
            <label htmlFor={`${ids}-title`}>{t('share.create.titleLabel')}</label>
            <input
              id={`${ids}-title`}
              type="text"
              value={title}
              maxLength={300}
              aria-describedby={`${ids}-title-hint`}
              onChange={(e) => setTitle(e.currentTarget.value)}
              disabled={busy}
            />
            <p id={`${ids}-title-hint`} className="field__hint">
              {t('share.create.titleHint')}
            </p>
          </div>
        )}
        {message && (
          <p className={message.error ? 'notice notice--error' : 'notice'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <FlowActions>
        <button type="button" className="button" disabled={!grantId || busy} onClick={() => void make()}>
          {busy ? t('share.create.making') : t('share.create.make')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onClose} disabled={busy}>
          {t('share.create.cancel')}
        </button>
      </FlowActions>
    </FlowPage>
  );
}
