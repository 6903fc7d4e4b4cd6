import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../../shared/ipc/contract-consent';
import type { LooseNode } from '../../../../shared/story/doc-types';
import { ExportDocumentView } from './ExportDocumentView';
import { OriginalView } from './OriginalView';
import { TransformReportList } from './TransformReportList';

/** "What leaves Harbor": the story as written beside exactly what the file will hold, and what changed. */
export function SideBySide({
  original,
  originalLabel,
  preview,
}: {
  original: LooseNode;
  /** What the left column is called (default: your story). */
  originalLabel?: string;
  preview: ExportPreview;
}) {
  const { t } = useTranslation();
  const label = originalLabel ?? t('consent.export.preview.original');
  return (
    <div className="side-by-side">
      <ul className="preview-legend" aria-label={t('consent.export.preview.title')}>
        <li>
          <mark className="change change--redacted">{t('consent.export.preview.legendRedacted')}</mark>
        </li>
        <li>
          <mark className="change change--identity">{t('consent.export.preview.legendIdentity')}</mark>
        </li>
        <li>
          <span className="preview-note preview-note--inline">{t('consent.export.preview.legendNote')}</span>
        </li>
      </ul>
      <div className="side-by-side__columns">
        <section className="side-by-side__column" aria-label={label}>
          <h3 className="side-by-side__heading">{label}</h3>
          <OriginalView doc={original} />
        </section>
        <section
          className="side-by-side__column"
          aria-label={t('consent.export.preview.exported')}
          data-testid="export-preview"
        >
          <h3 className="side-by-side__heading">{t('consent.export.preview.exported')}</h3>
          <ExportDocumentView document={preview.document} />
        </section>
      </div>
      <TransformReportList report={preview.report} />
    </div>
  );
}
