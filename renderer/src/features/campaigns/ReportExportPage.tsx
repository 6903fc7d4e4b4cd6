import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign/campaign-data';
import type { CampaignReportPreview } from '../../../../shared/campaign/campaign-views';
import type { ExportFormat } from '../../../../shared/core/export-formats';
import type { Paper } from '../../../../shared/export/export-document';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useIpc } from '../../platform/use-ipc';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { usePlural } from '../../ui/use-plural';
import { ExportDocumentView } from '../export/public';
import { ReportChart } from './charts/ReportChart';
import { ReportExcerptPicker } from './ReportExcerptPicker';
import { ReportExcerpts } from './ReportExcerpts';
import type { CampaignSave } from './use-campaign';

type SaveState =
  { status: 'idle' | 'busy' } | { status: 'saved'; fileName: string } | { status: 'error'; text: string };

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];
const PAPERS: readonly Paper[] = ['letter', 'a4'];
const FORMAT_LABEL = { docx: 'campaigns.report.formats.docx', pdf: 'campaigns.report.formats.pdf' } as const;
const PAPER_LABEL = { letter: 'campaigns.report.papers.letter', a4: 'campaigns.report.papers.a4' } as const;

/** The report's top-level sections, by their headings, as the file will hold them. */
function sectionsOf(preview: CampaignReportPreview): string[] {
  return preview.document.blocks.flatMap((b) =>
    b.type === 'heading' && b.level === 1 ? [b.runs.map((r) => r.text).join('')] : [],
  );
}

/**
 * The campaign report for partners and funders: format and paper, then exactly what the file will
 * hold (from main, already through the release gate), each quoted excerpt with its consent's
 * answer, and only then where to save. A single refused excerpt stops the file, so every refusal
 * is named here with what to do, before anyone is asked where to save.
 */
export function ReportExportPage({
  campaign,
  save: saveCampaign,
  onBack,
}: {
  campaign: Campaign;
  save: CampaignSave;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toText = useErrorText();
  const plural = usePlural();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [paper, setPaper] = useState<Paper>('letter');
  // Null follows the suggested name (which follows the format); typing makes it the person's own.
  const [typedName, setTypedName] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const language = campaign.language;

  const preview = useIpc(
    () => harbor.campaign.reportPreview({ id: campaign.id, format, paper, language }),
    [campaign.id, campaign.revision, format, paper, language],
  );
  const ready = preview.status === 'done' ? preview.value : null;
  const fileName = typedName ?? ready?.suggestedFileName ?? '';
  const refusals = ready?.refusals ?? [];
  const canSave = ready !== null && refusals.length === 0 && fileName.trim() !== '' && save.status !== 'busy';

  const run = async () => {
    setSave({ status: 'busy' });
    const result = await harbor.campaign.report({
      id: campaign.id,
      format,
      paper,
      language,
      fileName: fileName.trim(),
    });
    if (!result.ok) return setSave({ status: 'error', text: toText(result.error) });
    if (result.value.status === 'cancelled') return setSave({ status: 'idle' });
    setSave({ status: 'saved', fileName: result.value.value.fileName });
  };

  const radio = <V extends string>(name: string, value: V, current: V, label: string, pick: (v: V) => void) => (
    <div className="choice" key={value}>
      <input
        id={`${id}-${name}-${value}`}
        type="radio"
        name={`${id}-${name}`}
        checked={current === value}
        onChange={() => pick(value)}
      />
      <label htmlFor={`${id}-${name}-${value}`}>{label}</label>
    </div>
  );

  const sections = ready ? sectionsOf(ready) : [];
  const quoted = campaign.excerpts.length - refusals.length;

  return (
    <FlowPage
      title={t('campaigns.report.title')}
      backLabel={t('campaigns.backToCampaign')}
      onBack={onBack}
      dirty={false}
    >
      <fieldset>
        <legend>{t('campaigns.report.format')}</legend>
        {FORMATS.map((f) => radio('format', f, format, t(FORMAT_LABEL[f]), setFormat))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.report.paper')}</legend>
        {PAPERS.map((p) => radio('paper', p, paper, t(PAPER_LABEL[p]), setPaper))}
      </fieldset>

      <BusyIndicator busy={preview.status === 'loading'} label={t('campaigns.report.loading')} />
      {preview.errorText && (
        <p className="error-text" role="alert">
          {preview.errorText}
        </p>
      )}
      {ready && (
        <section aria-labelledby={`${id}-holds`}>
          <h2 id={`${id}-holds`}>{t('campaigns.report.holds')}</h2>
          <p>
            {t('campaigns.report.counts', {
              sections: sections.length,
              excerpts: campaign.excerpts.length,
              quoted,
              refused: refusals.length,
            })}
          </p>
          <ul aria-label={t('campaigns.report.sections')}>
            {sections.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <h3>{t('campaigns.excerpts.title')}</h3>
          <ReportExcerpts campaign={campaign} preview={ready} save={saveCampaign} />
          {refusals.length > 0 && (
            <div className="notice notice--caution" role="alert">
              <p className="strong">{plural('campaigns.report.refusedTitle', refusals.length)}</p>
              <p>{t('campaigns.report.refusedWhatToDo')}</p>
            </div>
          )}
          <ReportExcerptPicker campaign={campaign} save={saveCampaign} format={format} />
          {/* Apart from the picker's button above it, as a second way on stands below the main one. */}
          <details className="secondary-action report-document">
            <summary>{t('campaigns.report.showDocument')}</summary>
            <ExportDocumentView
              document={ready.document}
              chart={(table, level) => <ReportChart table={table} level={level} language={ready.document.language} />}
            />
          </details>
        </section>
      )}

      <div className="field">
        <label htmlFor={`${id}-file`}>{t('campaigns.report.fileName')}</label>
        <input
          id={`${id}-file`}
          type="text"
          value={fileName}
          maxLength={200}
          onChange={(e) => setTypedName(e.target.value)}
        />
      </div>
      <div role="status">
        {save.status === 'saved' && (
          <p className="notice notice--success">{t('campaigns.report.saved', { fileName: save.fileName })}</p>
        )}
      </div>
      {save.status === 'error' && (
        <p className="error-text" role="alert">
          {save.text}
        </p>
      )}
      <FlowActions>
        <button type="button" className="button button--quiet" onClick={onBack}>
          {save.status === 'saved' ? t('campaigns.backToCampaign') : t('campaigns.cancel')}
        </button>
        {save.status !== 'saved' && (
          <button type="button" className="button" disabled={!canSave} onClick={() => void run()}>
            {t('campaigns.report.save')}
          </button>
        )}
      </FlowActions>
    </FlowPage>
  );
}
