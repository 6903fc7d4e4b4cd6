import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIENCE_KINDS,
  DEFAULT_GRANT_DAYS,
  IDENTITY_MODES,
  isLegislative,
  REDACTABLE_CATEGORIES,
  type AudienceKind,
  type ConsentGrant,
  type ExportFormat,
  type IdentityMode,
  type RedactableCategory,
} from '../../../../shared/consent/grant';
import type { Testimony } from '../../../../shared/testimony/testimony-data';
import { harbor } from '../../bridge';
import { useErrorText } from '../../hooks/use-error-text';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A consent for this testimony, in one short form: who it is for, under which name, what is
 * withheld, which formats, until when. It covers the testimony and every story it quotes.
 */
export function QuickGrantForm({
  testimony,
  sourceIds,
  onCreated,
  onCancel,
}: {
  testimony: Testimony;
  sourceIds: string[];
  onCreated: (g: ConsentGrant) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const id = useId();
  const { template, metadata } = testimony;
  const [kind, setKind] = useState<AudienceKind>(
    template.kind === 'briefing'
      ? 'legislator-office'
      : template.kind === 'letter'
        ? 'legislator-office'
        : 'legislative-committee',
  );
  const [name, setName] = useState(metadata.committee ?? metadata.recipient ?? '');
  const [purpose, setPurpose] = useState(
    metadata.billNumber ? t('testimony.grant.purposeBill', { bill: metadata.billNumber }) : '',
  );
  const [mode, setMode] = useState<IdentityMode>('initials');
  const [pseudonym, setPseudonym] = useState('');
  const [redact, setRedact] = useState<Set<RedactableCategory>>(new Set(['person', 'place', 'contact']));
  const [formats, setFormats] = useState<Set<ExportFormat>>(new Set(template.formats));
  const [expiresOn, setExpiresOn] = useState(isoDay(new Date(Date.now() + DEFAULT_GRANT_DAYS * 86_400_000)));
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const publicRecord = template.publicRecord || isLegislative(kind);

  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await harbor.consent.create({
      sourceIds,
      terms: {
        audience: { kind, name: name.trim() },
        purpose: purpose.trim(),
        identity: mode === 'pseudonym' ? { mode, pseudonym: pseudonym.trim() } : { mode },
        redact: { categories: [...redact], keep: [] },
        formats: [...formats],
        expiresOn,
        publicRecordAcknowledged: publicRecord ? acknowledged : false,
      },
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(toText(result.error));
  };

  return (
    <form className="quick-grant" aria-label={t('testimony.grant.label')} onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('testimony.grant.audienceKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as AudienceKind)}>
          {AUDIENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`testimony.grant.audiences.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('testimony.grant.audienceName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          required
          maxLength={200}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>{t('testimony.grant.purpose')}</label>
        <input
          id={`${id}-purpose`}
          value={purpose}
          required
          maxLength={500}
          onChange={(e) => setPurpose(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('testimony.grant.identity')}</label>
        <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.currentTarget.value as IdentityMode)}>
          {IDENTITY_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`testimony.grant.identities.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {mode === 'pseudonym' && (
        <div className="field">
          <label htmlFor={`${id}-pseudonym`}>{t('testimony.grant.pseudonym')}</label>
          <input
            id={`${id}-pseudonym`}
            value={pseudonym}
            required
            maxLength={80}
            onChange={(e) => setPseudonym(e.currentTarget.value)}
          />
        </div>
      )}
      <fieldset>
        <legend>{t('testimony.grant.redact')}</legend>
        {REDACTABLE_CATEGORIES.map((c) => (
          <div className="field field--checkbox" key={c}>
            <input
              id={`${id}-redact-${c}`}
              type="checkbox"
              checked={redact.has(c)}
              onChange={() => setRedact((s) => toggle(s, c))}
            />
            <label htmlFor={`${id}-redact-${c}`}>{t(`testimony.grant.categories.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('testimony.grant.formats')}</legend>
        {template.formats.map((f) => (
          <div className="field field--checkbox" key={f}>
            <input
              id={`${id}-format-${f}`}
              type="checkbox"
              checked={formats.has(f)}
              onChange={() => setFormats((s) => toggle(s, f))}
            />
            <label htmlFor={`${id}-format-${f}`}>
              {f === 'docx' ? t('testimony.export.docx') : t('testimony.export.pdf')}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-expires`}>{t('testimony.grant.expires')}</label>
        <input
          id={`${id}-expires`}
          type="date"
          value={expiresOn}
          required
          onChange={(e) => setExpiresOn(e.currentTarget.value)}
        />
      </div>
      {publicRecord && (
        <div className="field field--checkbox">
          <input
            id={`${id}-ack`}
            type="checkbox"
            checked={acknowledged}
            onChange={(e) => setAcknowledged(e.currentTarget.checked)}
          />
          <label htmlFor={`${id}-ack`}>{t('testimony.grant.acknowledge')}</label>
        </div>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="notice__actions">
        <button
          type="submit"
          className="button"
          disabled={busy || formats.size === 0 || (publicRecord && !acknowledged)}
        >
          {t('testimony.grant.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('testimony.common.cancel')}
        </button>
      </div>
    </form>
  );
}
