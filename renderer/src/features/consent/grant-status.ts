import type { ConsentGrant } from '../../../../shared/consent/grant';
import { daysBetween } from '../../../../shared/consent/grant';

export type GrantStatus = 'active' | 'revoked' | 'expired';

/**
 * Whether a grant can still be used today (`today` from todayIso; the main process checks again at
 * every export). A last day that gives no finite count (an impossible date) has ended.
 */
export function grantStatus(grant: ConsentGrant, today: string): GrantStatus {
  if (grant.revoked) return 'revoked';
  return daysBetween(today, grant.expiresOn) >= 0 ? 'active' : 'expired';
}
