import { consentDay } from '../../../shared/core/dates';

/**
 * Today as consents count it, yyyy-mm-dd: the same day the main process and the command line use
 * (shared/core/dates.ts), so a consent the screen shows as active is one the export accepts.
 */
export function todayIso(now = new Date()): string {
  return consentDay(now);
}
