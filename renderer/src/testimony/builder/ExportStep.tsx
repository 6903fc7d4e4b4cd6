import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant, ExportFormat } from '../../../../shared/consent/grant';
import type { ExportPreview } from '../../../../shared/ipc/contract-consent';
import type { TestimonyBudgets } from '../../../../shared/testimony/budgets';
import { quotedStoryIds, type Testimony } from '../../../../shared/testimony/testimony-data';
import { harbor } from '../../bridge';
import { useErrorText } from '../../hooks/use-error-text';
import { ExportDocumentView } from '../preview/ExportDocumentView';
import { QuickGrantForm } from './QuickGrantForm';

type Outcome =
  { kind: 'none' } | { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'error'; text: string };

/**
 * Export through the consent pipeline (export:preview, export:run with source kind 'testimony'):
 * a consent that covers this testimony and every story it quotes, a format the template allows,
 * then exactly what will leave Harbor, then the file.
 */
export function ExportStep({
  testimony,
  budgets,
  beforeExport,
}: {
  testimony: Testimony;
  budgets: TestimonyBudgets;
  beforeExport: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const id = useId();
  const { template } = testimony;
  const needed = [testimony.id, ...quotedStoryIds(testimony)];
  const [grants, setGrants] = useState<ConsentGrant[] | null>(null);
  const [grantId, setGrantId] = useState('');
  const [creating, setCreating] = useState(false);
  const [format, setFormat] = useState<ExportFormat>(template.formats[0]!);
  const [printTitle, setPrintTitle] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const loadGrants = useCallback(async () => {
    const result = await harbor.consent.list({ sourceId: testimony.id });
    if (!result.ok) return setOutcome({ kind: 'error', text: toText(result.error) });
    const usable = result.value.filter((g) => !g.revoked);
    setGrants(usable);
    setGrantId((current) => (usable.some((g) => g.id === current) ? current : (usable[0]?.id ?? '')));
  }, [testimony.id, toText]);

  useEffect(() => {
    void loadGrants();
  }, [loadGrants]);

  const options = () => ({
    source: { kind: 'testimony' as const, id: testimony.id },
    grantId,
    format,
    paper: template.layout.paper,
    language: testimony.language,
    title: printTitle ? testimony.title.trim() || null : null,
  });

  const showPreview = async () => {
    setBusy(true);
    setOutcome({ kind: 'none' });
    await beforeExport().catch(() => undefined);
    const result = await harbor.export.preview(options());
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'error', text: toText(result.error) });
    setPreview(result.value);
    setFileName(result.value.suggestedFileName);
  };

  const run = async () => {
    setBusy(true);
    const result = await harbor.export.run({
      ...options(),
      fileName: fileName.trim() || preview?.suggestedFileName || 'testimony',
    });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'error', text: toText(result.error) });
    setOutcome(
      result.value.status === 'saved'
        ? { kind: 'saved', fileName: result.value.value.fileName }
        : { kind: 'cancelled' },
    );
  };

  const formatName = (f: ExportFormat) => (f === 'docx' ? t('testimony.export.docx') : t('testimony.export.pdf'));

  return (
    <div className="export-step">
      <h2>{t('testimony.export.title')}</h2>
      {template.publicRecord && (
        <p className="notice notice--caution" data-testid="public-record-notice">
          {t('testimony.export.publicRecord')}
        </p>
      )}
      {budgets.over && <p className="notice notice--caution">{t('testimony.export.overLimit')}</p>}
      {!template.formats.includes('pdf') && <p className="hint">{t('testimony.export.docxOnly')}</p>}

      <h3>{t('testimony.export.consentTitle')}</h3>
      <p className="hint">{t('testimony.export.consentHint', { count: needed.length - 1 })}</p>
      {grants && grants.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-grant`}>{t('testimony.export.grant')}</label>
          <select
            id={`${id}-grant`}
            value={grantId}
            onChange={(e) => {
              setGrantId(e.currentTarget.value);
              setPreview(null);
            }}
          >
            {grants.map((g) => (
              <option key={g.id} value={g.id}>
                {t('testimony.export.grantOption', { audience: g.audience.name, until: g.expiresOn })}
              </option>
            ))}
          </select>
        </div>
      )}
      {grants && grants.length === 0 && !creating && <p>{t('testimony.export.noGrant')}</p>}
      {creating ? (
        <QuickGrantForm
          testimony={testimony}
          sourceIds={needed}
          onCreated={async (grant) => {
            setCreating(false);
            await loadGrants();
            setGrantId(grant.id);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setCreating(true)}>
          {t('testimony.export.newGrant')}
        </button>
      )}

      <div className="field">
        <label htmlFor={`${id}-format`}>{t('testimony.export.format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => {
            setFormat(e.currentTarget.value === 'pdf' ? 'pdf' : 'docx');
            setPreview(null);
          }}
        >
          {template.formats.map((f) => (
            <option key={f} value={f}>
              {formatName(f)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--checkbox">
        <input
          id={`${id}-title`}
          type="checkbox"
          checked={printTitle}
          onChange={(e) => {
            setPrintTitle(e.currentTarget.checked);
            setPreview(null);
          }}
        />
        <label htmlFor={`${id}-title`}>{t('testimony.export.printTitle')}</label>
      </div>

      <button type="button" className="button" disabled={!grantId || busy} onClick={() => void showPreview()}>
        {t('testimony.export.preview')}
      </button>

      <div role="status" aria-live="polite">
        {outcome.kind === 'saved' && (
          <p className="notice notice--success">{t('testimony.export.saved', { name: outcome.fileName })}</p>
        )}
        {outcome.kind === 'cancelled' && <p className="hint">{t('testimony.export.cancelled')}</p>}
      </div>
      {outcome.kind === 'error' && (
        <p className="notice notice--error" role="alert">
          {outcome.text}
        </p>
      )}

      {preview && (
        <div className="export-step__preview">
          {preview.refusals.length > 0 ? (
            <div className="notice notice--error" role="alert" data-testid="export-refusal">
              <p>{preview.refusals[0]!.message}</p>
            </div>
          ) : (
            <>
              <h3>{t('testimony.export.whatLeaves')}</h3>
              <ExportDocumentView document={preview.document} label={t('testimony.export.previewLabel')} />
              <div className="field">
                <label htmlFor={`${id}-file`}>{t('testimony.export.fileName')}</label>
                <input
                  id={`${id}-file`}
                  value={fileName}
                  maxLength={200}
                  onChange={(e) => setFileName(e.currentTarget.value)}
                />
              </div>
              <button type="button" className="button" disabled={busy} onClick={() => void run()}>
                {t('testimony.export.run', { format: formatName(format) })}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
