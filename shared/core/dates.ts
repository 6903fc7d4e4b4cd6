import { optional } from './optional';
/*
 * The one "today" Harbor uses everywhere (main process, renderer, command line). A person means
 * their own calendar day; a consent's last day must also never outlive the UTC day, so a consent
 * counts as ended once EITHER day is past its last day (never up to 14 hours late in Tokyo, never
 * a day early in Honolulu).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a yyyy-mm-dd that names a real calendar day (no 2025-02-30, no 2099-13-45). */
export function isRealDay(day: string): boolean {
  const m = ISO_DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * One formatter per time zone, made once: making one costs far more than formatting with it (a
 * command's first date, after the vault is open, paid for it up to three times). The computer's
 * own zone is keyed by $TZ, the one way a running process can change it.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** $TZ where there is a process (not in the window, whose zone is the computer's). */
const localZoneSetting = () =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.TZ ?? '';

function dayFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ? `zone:${timeZone}` : `local:${localZoneSetting()}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...optional('timeZone', timeZone || undefined),
    });
    dayFormats.set(key, format);
  }
  return format;
}

/** The calendar day at `now` in `timeZone` (default: this computer's zone), as yyyy-mm-dd. */
export function localDay(now: Date, timeZone?: string): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Where "now" comes from: injected, so tests and time zones are explicit. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

/**
 * Today, as the person means it: their own calendar day (in `timeZone`, default this computer's).
 * The one rule for every date Harbor shows or writes: file names, letters, new consents' defaults.
 * Only a consent's end is judged differently (consentDay below).
 */
export function today(clock: Clock = systemClock, timeZone?: string): string {
  return localDay(clock(), timeZone);
}

/** The UTC calendar day at `now`, as yyyy-mm-dd. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The day a consent's last day is judged against: the later of the local and the UTC day, so
 * "last day before this day" is exactly isPastLastDay. yyyy-mm-dd strings compare as dates.
 */
export function consentDay(now: Date, timeZone?: string): string {
  const local = localDay(now, timeZone);
  const utc = utcDay(now);
  return local > utc ? local : utc;
}

/** A consent (or share) with this last day has ended at `now`; a last day that is not a real day has too. */
export function isPastLastDay(lastDay: string, now: Date, timeZone?: string): boolean {
  if (!isRealDay(lastDay)) return true;
  return consentDay(now, timeZone) > lastDay;
}
