import { daysBetween } from '../consent/grant';

export type ShareStatus = 'active' | 'expired' | 'revoked';

/**
 * `today` is consentDay (shared/core/dates.ts). Revoked wins over expired: it is the writer's own decision, and the one to tell the advocate. */
export function shareStatus(share: { expiresOn: string; revokedAt: string | null }, today: string): ShareStatus {
  if (share.revokedAt) return 'revoked';
  // Not `< 0`: an impossible last day gives no finite count, and must count as ended.
  return daysBetween(today, share.expiresOn) >= 0 ? 'active' : 'expired';
}
