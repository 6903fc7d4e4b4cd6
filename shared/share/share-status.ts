import { daysBetween } from '../consent/grant';

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: it is the writer's own decision, and the one to tell the advocate. */
export function shareStatus(share: { expiresOn: string; revokedAt: string | null }, today: string): ShareStatus {
  if (share.revokedAt) return 'revoked';
  return daysBetween(today, share.expiresOn) < 0 ? 'expired' : 'active';
}
