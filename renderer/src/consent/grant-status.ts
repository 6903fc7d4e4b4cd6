import { daysBetween, type ConsentGrant } from '../../../shared/consent/grant';

export type GrantStatus = 'active' | 'revoked' | 'expired';

/** Whether a grant can still be used today (the main process checks again at every export). */
export function grantStatus(grant: ConsentGrant, today: string): GrantStatus {
  if (grant.revoked) return 'revoked';
  return daysBetween(today, grant.expiresOn) < 0 ? 'expired' : 'active';
}
