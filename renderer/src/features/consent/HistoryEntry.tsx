import { useTranslation } from 'react-i18next';
import type { AudienceKind } from '../../../../shared/consent/grant';
import type { ExportRecordView } from '../../../../shared/ipc/contract-consent';
import { useFormatters } from '../../ui/use-formatters';
import { EXPORT_FORMAT_LABEL } from '../../i18n/concept-labels';
import './history.css';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

// Locale keys written out, one per value, so the lint rule and the compiler can check each.
const AUDIENCE_KIND = {
  'legislative-committee': 'consent.history.audienceKinds.legislative-committee',
  'legislator-office': 'consent.history.audienceKinds.legislator-office',
  'advocacy-organization': 'consent.history.audienceKinds.advocacy-organization',
  media: 'consent.history.audienceKinds.media',
  public: 'consent.history.audienceKinds.public',
  other: 'consent.history.audienceKinds.other',
} as const satisfies Record<AudienceKind, string>;

/** One export in the sharing history: to whom, when, which file, and the fingerprint of its bytes. */
export function HistoryEntry({ record }: { record: ExportRecordView }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  // A record written by another version may name a kind this one has no words for: say it as written.
  const kind = Object.hasOwn(AUDIENCE_KIND, record.audienceKind) ? (record.audienceKind as AudienceKind) : null;
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
            {DOT_SEPARATOR}
            {kind ? t(AUDIENCE_KIND[kind]) : record.audienceKind}
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
        <dd>{t(EXPORT_FORMAT_LABEL[record.format])}</dd>
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
