import {
  DEFAULT_GRANT_DAYS,
  REDACTABLE_CATEGORIES,
  daysBetween,
  isLegislative,
  type AudienceKind,
  type ExportFormat,
  type GrantTerms,
  type IdentityMode,
  type RedactableCategory,
} from './grant';
import { isRealDay } from '../core/dates';

/** A grant as the form holds it while the writer fills it in (every field editable, nothing checked yet). */
export interface GrantDraft {
  audienceKind: AudienceKind | '';
  audienceName: string;
  purpose: string;
  identity: IdentityMode;
  pseudonym: string;
  categories: RedactableCategory[];
  keep: string[];
  formats: ExportFormat[];
  expiresOn: string;
  note: string;
  coverNote: boolean;
  publicRecordAcknowledged: boolean;
}

export type DraftField =
  'audienceKind' | 'audienceName' | 'purpose' | 'pseudonym' | 'formats' | 'expiresOn' | 'publicRecordAcknowledged';

export type DraftProblem = 'required' | 'no-format' | 'bad-date' | 'date-past' | 'date-too-far' | 'public-record';

/** yyyy-mm-dd plus whole days, in UTC (pure date arithmetic: no clock, no zone). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** yyyy-mm-dd plus whole years (29 February becomes 28 February), in UTC. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The latest expiry a grant created on `createdOn` may have: three years. */
export const latestExpiry = (createdOn: string) => addYears(createdOn, 3);

/** A new grant: everything redacted, both formats, for one year, nothing assumed about the audience. */
export function newDraft(today: string): GrantDraft {
  return {
    audienceKind: '',
    audienceName: '',
    purpose: '',
    identity: 'anonymous',
    pseudonym: '',
    categories: [...REDACTABLE_CATEGORIES],
    keep: [],
    formats: ['docx', 'pdf'],
    expiresOn: addDays(today, DEFAULT_GRANT_DAYS),
    note: '',
    coverNote: false,
    publicRecordAcknowledged: false,
  };
}

export function draftFromTerms(terms: GrantTerms): GrantDraft {
  return {
    audienceKind: terms.audience.kind,
    audienceName: terms.audience.name,
    purpose: terms.purpose,
    identity: terms.identity.mode,
    pseudonym: terms.identity.mode === 'pseudonym' ? terms.identity.pseudonym : '',
    categories: [...terms.redact.categories],
    keep: [...terms.redact.keep],
    formats: [...terms.formats],
    expiresOn: terms.expiresOn,
    note: terms.note,
    coverNote: terms.coverNote,
    publicRecordAcknowledged: terms.publicRecordAcknowledged,
  };
}

/**
 * What stops the draft from becoming a grant, by field (empty = fine). `createdOn` is the day the
 * grant was (or will be) made: the three-year limit counts from there.
 */
export function draftProblems(
  draft: GrantDraft,
  today: string,
  createdOn = today,
  /** publicRecord: the document usually becomes public record whoever receives it (a legislative template). */
  options: { publicRecord?: boolean } = {},
): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!draft.audienceKind) problems.audienceKind = 'required';
  if (!draft.audienceName.trim()) problems.audienceName = 'required';
  if (!draft.purpose.trim()) problems.purpose = 'required';
  if (draft.identity === 'pseudonym' && !draft.pseudonym.trim()) problems.pseudonym = 'required';
  if (draft.formats.length === 0) problems.formats = 'no-format';
  if (!isRealDay(draft.expiresOn)) problems.expiresOn = 'bad-date';
  else if (daysBetween(today, draft.expiresOn) < 1) problems.expiresOn = 'date-past';
  else if (draft.expiresOn > latestExpiry(createdOn)) problems.expiresOn = 'date-too-far';
  const publicRecord =
    options.publicRecord === true || (draft.audienceKind !== '' && isLegislative(draft.audienceKind));
  if (publicRecord && !draft.publicRecordAcknowledged) {
    problems.publicRecordAcknowledged = 'public-record';
  }
  return problems;
}

/** The draft as the terms consent:create and consent:update take (call only when draftProblems is empty). */
export function termsFromDraft(draft: GrantDraft, options: { publicRecord?: boolean } = {}): GrantTerms {
  if (!draft.audienceKind) throw new Error('The draft has no audience');
  // Kept only where it was asked for, so a box ticked for another audience does not linger.
  const legislative = options.publicRecord === true || isLegislative(draft.audienceKind);
  return {
    audience: { kind: draft.audienceKind, name: draft.audienceName.trim() },
    purpose: draft.purpose.trim(),
    identity:
      draft.identity === 'pseudonym'
        ? { mode: 'pseudonym', pseudonym: draft.pseudonym.trim() }
        : { mode: draft.identity },
    // Exceptions only matter for categories that are redacted.
    redact: {
      categories: REDACTABLE_CATEGORIES.filter((c) => draft.categories.includes(c)),
      keep: [...new Set(draft.keep)],
    },
    formats: (['docx', 'pdf'] as const).filter((f) => draft.formats.includes(f)),
    expiresOn: draft.expiresOn,
    note: draft.note.trim(),
    publicRecordAcknowledged: legislative ? draft.publicRecordAcknowledged : false,
    coverNote: draft.coverNote,
  };
}
