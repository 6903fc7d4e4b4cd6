import { useTranslation } from 'react-i18next';
import type { ExportRecordView } from '../../../shared/ipc/contract-consent';
import { useFormatters } from '../common/use-formatters';

/** One export in the sharing history: to whom, when, which file, and the fingerprint of its bytes. */
export function HistoryEntry({ record }: { record: ExportRecordView }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const kind = record.audienceKind as 'other';
  return (
    <dl className="history-entry" aria-label={t('consent.history.entryLabel', { file: record.fileName })}>
      {record.title !== undefined && (
        <div>
          <dt>{t('consent.history.sharedTitle')}</dt>
          <dd className="history-entry__title">{record.title ?? t('consent.history.noTitle')}</dd>
        </div>
      )}
      <div>
        <dt>{t('consent.history.audience')}</dt>
        <dd>
          {record.audience}
          <span className="hint">
            {' '}
            · {t(`consent.history.audienceKinds.${kind}`, { defaultValue: record.audienceKind })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('consent.history.date')}</dt>
        <dd>
          <time dateTime={record.at}>{fmt.dateTime(record.at)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('consent.history.format')}</dt>
        <dd>{t(`consent.export.options.formats.${record.format}`)}</dd>
      </div>
      <div>
        <dt>{t('consent.history.file')}</dt>
        <dd className="history-entry__file">{record.fileName}</dd>
      </div>
      <div>
        <dt>{t('consent.history.hash')}</dt>
        <dd>
          <code className="history-entry__hash">{record.sha256}</code>
          {/* On its own line: the 64 digits never run into the words that explain them. */}
          <span className="hint history-entry__hash-hint">{t('consent.history.hashHint')}</span>
        </dd>
      </div>
    </dl>
  );
}
