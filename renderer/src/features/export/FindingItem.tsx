import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentifyingFinding, IdentifyingKind } from '../../../../shared/consent/identifying-details';
import './export-flow.css';

// Locale keys written out, one per kind, so the lint rule and the compiler can check each.
const KIND = {
  email: 'consent.export.check.kinds.email',
  phone: 'consent.export.check.kinds.phone',
  address: 'consent.export.check.kinds.address',
  date: 'consent.export.check.kinds.date',
  person: 'consent.export.check.kinds.person',
  place: 'consent.export.check.kinds.place',
  organization: 'consent.export.check.kinds.organization',
} as const satisfies Record<IdentifyingKind, string>;

/** One suggestion of the identifying-detail check: what it is, where it is, and what can be done. */
export function FindingItem({
  finding,
  context,
  children,
}: {
  finding: Pick<IdentifyingFinding, 'kind' | 'text' | 'category'>;
  /** Where it was found, in words. */
  context: string;
  /** Its actions (mark, fine to share). */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="card-list__item" data-category={finding.category}>
      <p className="finding__what">
        <span className="swatch" data-sensitive={finding.category} aria-hidden="true" />
        <span className="finding__kind">{t(KIND[finding.kind])}</span>
        <span className="finding__text">{finding.text}</span>
      </p>
      <p className="hint finding__context">{context}</p>
      <div className="card-actions">{children}</div>
    </li>
  );
}

/** "Fine to share": the person decides the words may leave as written (remembered with the story). */
export function ClearFindingButton({ text, onClear }: { text: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet button--small finding__clear"
      aria-label={t('consent.export.check.clearOne', { text })}
      onClick={onClear}
    >
      {t('consent.export.check.clear')}
    </button>
  );
}
