/**
 * How long Harbor waits before the next passphrase attempt: none for the first three mistakes
 * (everyone mistypes), then 2, 4, 8 … seconds, never more than five minutes. Argon2id already makes
 * each guess cost about a second; this makes a long guessing session cost hours.
 */
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_MS = 5 * 60_000;

export function delayAfterFailures(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failures - FREE_ATTEMPTS, 20);
  return Math.min(1_000 * 2 ** exponent, MAX_DELAY_MS);
}
