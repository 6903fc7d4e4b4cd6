import {
  AUDIENCE_KINDS,
  EXPORT_FORMATS,
  REDACTABLE_CATEGORIES,
  isoDaySchema,
  type AudienceKind,
  type ExportFormat,
  type Identity,
  type RedactableCategory,
} from '../../shared/consent/grant';
import { UsageError } from './usage-error';

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function parseAudienceKind(value: string): AudienceKind {
  if (!oneOf(AUDIENCE_KINDS, value))
    throw new UsageError(`--audience-kind must be one of: ${AUDIENCE_KINDS.join(', ')}.`);
  return value;
}

/** full | first | initials | anonymous | pseudonym:VALUE */
export function parseIdentity(value: string): Identity {
  if (value.startsWith('pseudonym:')) {
    const pseudonym = value.slice('pseudonym:'.length).trim();
    if (!pseudonym) throw new UsageError('Write the pseudonym after the colon, e.g. --identity pseudonym:Luz.');
    return { mode: 'pseudonym', pseudonym };
  }
  if (value === 'full' || value === 'first' || value === 'initials' || value === 'anonymous') return { mode: value };
  throw new UsageError('--identity must be full, first, initials, anonymous or pseudonym:NAME.');
}

/** all | none | a comma-separated list of categories. */
export function parseRedact(value: string): RedactableCategory[] {
  if (value === 'all') return [...REDACTABLE_CATEGORIES];
  if (value === 'none') return [];
  const items = value.split(',').map((s) => s.trim());
  const wrong = items.filter((c) => !oneOf(REDACTABLE_CATEGORIES, c));
  if (wrong.length || items.length === 0) {
    throw new UsageError(`--redact takes all, none, or some of: ${REDACTABLE_CATEGORIES.join(', ')}.`);
  }
  return [...new Set(items as RedactableCategory[])];
}

export function parseFormat(value: string, flag = '--format'): ExportFormat {
  if (!oneOf(EXPORT_FORMATS, value)) throw new UsageError(`${flag} must be docx or pdf.`);
  return value;
}

export function parseFormats(value: string): ExportFormat[] {
  return [...new Set(value.split(',').map((f) => parseFormat(f.trim(), '--formats')))];
}

export function parseDate(value: string, flag: string): string {
  if (!isoDaySchema.safeParse(value).success) {
    throw new UsageError(`${flag} needs a date like 2027-03-01.`);
  }
  return value;
}
