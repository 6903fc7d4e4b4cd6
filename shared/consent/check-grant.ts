import { FORMAT_NAMES } from '../core/export-formats';
import type { Message } from '../error-text/error-catalog';
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

/** Why a shared excerpt may not be quoted here (see shared/share/check-excerpts). */
export type ExcerptRefusalCode = 'missing' | 'revoked' | 'expired' | 'audience' | 'purpose' | 'format';

/** A shared excerpt whose writer's terms do not allow this export (see shared/share/check-excerpts). */
export interface ExcerptRefusalDetail {
  excerptId: string;
  /** 1-based, in print order. */
  excerptNumber: number;
  sharedStoryId: string;
  /** missing, revoked, expired, audience, purpose or format. */
  reason: ExcerptRefusalCode;
}

/** Why something may not leave: a code to act on and a message to show (in the refusal catalog). */
export interface Refusal {
  code: RefusalCode;
  /** One sentence a person can act on, as a key and values: each layer words it in its language. */
  message: Message;
  excerpt?: ExcerptRefusalDetail;
}

export interface ExportRequest {
  format: ExportFormat;
  /** Every story or document the export quotes. */
  sourceIds: readonly string[];
  /** Today as consents count it, yyyy-mm-dd: consentDay in shared/core/dates.ts (injected so tests and time zones are explicit). */
  today: string;
  /** The document usually becomes public record whatever the audience (every legislative template). */
  publicRecord?: boolean;
}

/**
 * Every export passes here first. Returns the reasons it must not happen (empty = allowed); the
 * first is what the person is told, in plain words (a message key, never a sentence).
 */
export function checkGrant(grant: ConsentGrant | null | undefined, request: ExportRequest): Refusal[] {
  if (!grant) {
    return [{ code: 'no-grant', message: { key: 'refusal.noGrant' } }];
  }
  const refusals: Refusal[] = [];
  if (grant.revoked) {
    refusals.push({
      code: 'revoked',
      message: { key: 'refusal.revoked', params: { date: grant.revoked.at.slice(0, 10) } },
    });
  }
  // Not `< 0`: a day count that is not finite (an impossible date) must refuse, never slip through.
  if (!(daysBetween(request.today, grant.expiresOn) >= 0)) {
    refusals.push({
      code: 'expired',
      message: { key: 'refusal.expired', params: { date: grant.expiresOn } },
    });
  }
  if (!(daysBetween(grant.createdAt.slice(0, 10), grant.expiresOn) <= MAX_GRANT_DAYS)) {
    refusals.push({ code: 'expiry-too-far', message: { key: 'refusal.expiryTooFar' } });
  }
  if (!grant.formats.includes(request.format)) {
    refusals.push({
      code: 'format-not-allowed',
      message: { key: 'refusal.formatNotAllowed', params: { format: FORMAT_NAMES[request.format] } },
    });
  }
  if ((isLegislative(grant.audience.kind) || request.publicRecord === true) && !grant.publicRecordAcknowledged) {
    refusals.push({
      code: 'public-record-not-acknowledged',
      message: { key: 'refusal.publicRecordNotAcknowledged' },
    });
  }
  const uncovered = request.sourceIds.filter((id) => !grant.sourceIds.includes(id));
  if (uncovered.length > 0) {
    refusals.push({
      code: 'source-not-covered',
      message:
        uncovered.length === 1
          ? { key: 'refusal.sourceNotCoveredOne' }
          : { key: 'refusal.sourceNotCoveredMany', params: { count: uncovered.length } },
    });
  }
  return refusals;
}
