import type { Campaign } from './campaign-data';
import { addDays } from './day-math';

/*
 * An iCalendar file (RFC 5545) of a campaign's follow-ups and hearing deadlines. All-day entries
 * are DATE values (floating: the same calendar day wherever the file is opened); a hearing with a
 * time is floating local time, as the advocate wrote it. UIDs are made from Harbor's own ids, so
 * importing the file again updates the same entries instead of adding copies; the file that leaves
 * Harbor has each replaced by a keyed hash (electron/campaigns/calendar-uids.ts). Lines end in CRLF
 * and are folded at 75 octets without splitting a UTF-8 character.
 *
 * The file is passed on and synced to calendar services, so nothing fixed in it names Harbor (its
 * PRODID, its UIDs' domain) and it carries no calendar name (X-WR-CALNAME): only the gate's lines,
 * dates and UIDs.
 */

/** A product name no one can tell Harbor by (RFC 5545 §3.7.3 asks for one; any text will do). */
export const ICS_PRODUCT_ID = '-//Calendar//EN';
/** The UIDs' right-hand side: a reserved domain (RFC 2606) that names no one. */
export const ICS_UID_DOMAIN = 'calendar.invalid';

export interface IcsEntry {
  uid: string;
  /** yyyy-mm-dd */
  day: string;
  /** HH:MM local (floating), or null for an all-day entry. */
  time: string | null;
  summary: string;
  description: string;
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP, in UTC). */
  stamp: Date;
  /**
   * Every text line passes here before it is written: the release gate (electron/campaigns/report-gate.ts,
   * `campaignTextGate`). Required, with no identity default, so a new caller cannot forget it and write
   * campaign notes unfiltered into a file that leaves Harbor.
   */
  line: (text: string) => string;
  /** Done follow-ups too (default: open ones only). */
  includeDone?: boolean;
  /** Words for the kinds of entry, in the person's language. */
  labels?: Partial<IcsLabels>;
}

export interface IcsLabels {
  followUp: string;
  writtenTestimony: string;
  signUp: string;
  hearing: string;
}

/** The words a calendar entry begins with, in each language a document can be written in. */
export const ICS_LABELS: Readonly<Record<'en' | 'es', IcsLabels>> = {
  en: {
    followUp: 'Follow-up',
    writtenTestimony: 'Written testimony due',
    signUp: 'Sign up to speak',
    hearing: 'Hearing',
  },
  es: {
    followUp: 'Seguimiento',
    writtenTestimony: 'Plazo del testimonio escrito',
    signUp: 'Inscripción para hablar',
    hearing: 'Audiencia',
  },
};
const ENGLISH = ICS_LABELS.en;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 octets of one code point (shared/ has neither TextEncoder nor Buffer). */
const octetsOf = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Folds a content line at 75 octets; each continuation begins with one space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The dated entries of campaigns: open follow-ups, hearing deadlines and hearings. */
export function icsEntries(
  campaigns: readonly Campaign[],
  opts: Pick<IcsOptions, 'includeDone' | 'labels'> = {},
): IcsEntry[] {
  const labels = { ...ENGLISH, ...opts.labels };
  const out: IcsEntry[] = [];
  for (const c of campaigns) {
    for (const e of c.engagements) {
      const where = e.hearing?.committee.trim() || e.office;
      for (const f of e.followUps) {
        if (f.doneOn !== null && !opts.includeDone) continue;
        out.push({
          uid: `${c.id}.${e.id}.${f.id}`,
          day: f.due,
          time: null,
          summary: `${labels.followUp}: ${f.text}`,
          description: `${c.title} · ${e.office}`,
        });
      }
      const h = e.hearing;
      if (!h) continue;
      out.push({
        uid: `${c.id}.${e.id}.hearing`,
        day: e.date,
        time: e.time,
        summary: `${labels.hearing}: ${where}`,
        description: c.title,
      });
      if (h.writtenTestimonyDue)
        out.push({
          uid: `${c.id}.${e.id}.written-testimony`,
          day: h.writtenTestimonyDue,
          time: null,
          summary: `${labels.writtenTestimony}: ${where}`,
          description: c.title,
        });
      if (h.signUpToSpeakBy)
        out.push({
          uid: `${c.id}.${e.id}.sign-up`,
          day: h.signUpToSpeakBy,
          time: null,
          summary: `${labels.signUp}: ${where}`,
          description: c.title,
        });
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.uid.localeCompare(b.uid)));
}

/** The calendar file's text. */
export function icsCalendar(entries: readonly IcsEntry[], opts: Pick<IcsOptions, 'stamp' | 'line'>): string {
  const release = opts.line;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODUCT_ID}`, 'CALSCALE:GREGORIAN'];
  const stamp = utcStamp(opts.stamp);
  for (const e of entries) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}@${ICS_UID_DOMAIN}`, `DTSTAMP:${stamp}`);
    if (e.time === null) {
      lines.push(`DTSTART;VALUE=DATE:${compactDay(e.day)}`, `DTEND;VALUE=DATE:${compactDay(addDays(e.day, 1))}`);
    } else {
      const start = `${compactDay(e.day)}T${e.time.replace(':', '')}00`;
      lines.push(`DTSTART:${start}`, 'DURATION:PT1H');
    }
    lines.push(`SUMMARY:${escapeText(release(e.summary))}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(release(e.description))}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
