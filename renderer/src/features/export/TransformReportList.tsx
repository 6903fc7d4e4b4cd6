import { useTranslation } from 'react-i18next';
import { REDACTABLE_CATEGORIES, type RedactableCategory } from '../../../../shared/consent/grant';
import type { TransformReport } from '../../../../shared/consent/transform';
import { usePlural } from '../../ui/use-plural';

// Locale keys written out, one per category, so the lint rule and the compiler can check each.
const REDACTED = {
  person: 'consent.export.preview.redacted.person',
  place: 'consent.export.preview.redacted.place',
  date: 'consent.export.preview.redacted.date',
  organization: 'consent.export.preview.redacted.organization',
  contact: 'consent.export.preview.redacted.contact',
  other: 'consent.export.preview.redacted.other',
} as const satisfies Record<RedactableCategory, string>;
const UNMARKED = {
  person: 'consent.export.preview.unmarked.person',
  place: 'consent.export.preview.unmarked.place',
  date: 'consent.export.preview.unmarked.date',
  organization: 'consent.export.preview.unmarked.organization',
  contact: 'consent.export.preview.unmarked.contact',
  other: 'consent.export.preview.unmarked.other',
} as const satisfies Record<RedactableCategory, string>;

/**
 * The preview's counts: marked details removed by kind, then those found where they were not
 * marked (the register's other spellings, a template field), name mentions changed, private notes
 * left out. "Marked" is said only of what was marked.
 */
export function TransformReportList({ report }: { report: TransformReport }) {
  const { t } = useTranslation();
  const plural = usePlural();
  const lines = [
    ...REDACTABLE_CATEGORIES.flatMap((c) => {
      const n = (report.redacted[c] ?? 0) - (report.unmarked?.[c] ?? 0);
      return n > 0 ? [plural(REDACTED[c], n)] : [];
    }),
    ...REDACTABLE_CATEGORIES.flatMap((c) => {
      const n = report.unmarked?.[c] ?? 0;
      return n > 0 ? [plural(UNMARKED[c], n)] : [];
    }),
    ...(report.identityReplacements > 0
      ? [plural('consent.export.preview.identity', report.identityReplacements)]
      : []),
    ...(report.privateNotesDropped > 0 ? [plural('consent.export.preview.notes', report.privateNotesDropped)] : []),
  ];
  return (
    <section className="transform-report" aria-label={t('consent.export.preview.report')}>
      <p className="strong">{t('consent.export.preview.report')}</p>
      {lines.length === 0 ? (
        <p className="hint">{t('consent.export.preview.nothing')}</p>
      ) : (
        <ul className="plain-list" data-testid="transform-report">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
