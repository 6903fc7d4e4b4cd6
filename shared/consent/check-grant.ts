import { daysBetween, isLegislative, MAX_GRANT_DAYS, type ConsentGrant, type ExportFormat } from './grant';

export type RefusalCode =
  | 'no-grant'
  | 'revoked'
  | 'expired'
  | 'format-not-allowed'
  | 'format-not-accepted'
  | 'public-record-not-acknowledged'
  | 'source-not-covered'
  | 'expiry-too-far'
  | 'excerpt-not-allowed';

/** A shared excerpt whose writer's terms do not allow this export (see shared/share/check-excerpts). */
export interface ExcerptRefusalDetail {
  excerptId: string;
  /** 1-based, in print order. */
  excerptNumber: number;
  sharedStoryId: string;
  /** missing, revoked, expired, audience, purpose or format. */
  reason: string;
  /** The same sentence in both languages, so the app shows it in its own. */
  messages: { en: string; es: string };
}

export interface Refusal {
  code: RefusalCode;
  /** One sentence a person can act on. */
  message: string;
  excerpt?: ExcerptRefusalDetail;
}

export interface ExportRequest {
  format: ExportFormat;
  /** Every story or document the export quotes. */
  sourceIds: readonly string[];
  /** Today, as yyyy-mm-dd (injected so tests and time zones are explicit). */
  today: string;
  /** The document usually becomes public record whatever the audience (every legislative template). */
  publicRecord?: boolean;
}

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

/**
 * Every export passes here first. Returns the reasons it must not happen (empty = allowed); the
 * first is what the person is told, in plain words.
 */
export function checkGrant(grant: ConsentGrant | null | undefined, request: ExportRequest): Refusal[] {
  if (!grant) {
    return [{ code: 'no-grant', message: 'There is no consent for this export. Choose or create one first.' }];
  }
  const refusals: Refusal[] = [];
  if (grant.revoked) {
    refusals.push({
      code: 'revoked',
      message: `This consent was withdrawn on ${grant.revoked.at.slice(0, 10)}, so nothing can be exported under it.`,
    });
  }
  if (daysBetween(request.today, grant.expiresOn) < 0) {
    refusals.push({
      code: 'expired',
      message: `This consent ended on ${grant.expiresOn}. Create a new one if you still want to share.`,
    });
  }
  if (daysBetween(grant.createdAt, grant.expiresOn) > MAX_GRANT_DAYS) {
    refusals.push({ code: 'expiry-too-far', message: 'A consent can last at most three years.' });
  }
  if (!grant.formats.includes(request.format)) {
    refusals.push({
      code: 'format-not-allowed',
      message: `This consent does not allow ${FORMAT_NAMES[request.format]} files.`,
    });
  }
  if ((isLegislative(grant.audience.kind) || request.publicRecord === true) && !grant.publicRecordAcknowledged) {
    refusals.push({
      code: 'public-record-not-acknowledged',
      message:
        'Testimony to lawmakers usually becomes public record and is often searchable online. Confirm you understand this before exporting.',
    });
  }
  const uncovered = request.sourceIds.filter((id) => !grant.sourceIds.includes(id));
  if (uncovered.length > 0) {
    refusals.push({
      code: 'source-not-covered',
      message: `This consent does not cover ${uncovered.length === 1 ? 'one of the stories' : `${uncovered.length} of the stories`} this document quotes.`,
    });
  }
  return refusals;
}
