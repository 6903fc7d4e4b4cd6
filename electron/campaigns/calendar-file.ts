import type { Campaign } from '../../shared/campaign/campaign-data';
import { ICS_LABELS, icsCalendar, icsEntries } from '../../shared/campaign/ics';
import { today } from '../../shared/core/dates';
import { safeExportFileName, suggestExportFileName } from '../../shared/export/export-file-name';
import type { OpenVault } from '../vault/types';
import { calendarUidKey, opaqueUid } from './calendar-uids';
import { campaignTextGate } from './report-gate';

export interface CalendarFile {
  /** The suggested name: neutral, in the campaigns' language, through the gate, never naming Harbor. */
  name: string;
  bytes: Buffer;
}

/**
 * A calendar file of campaigns' dates, as it leaves Harbor: every line and the suggested file name
 * pass the same release gate as a campaign report's (the writer's name and every marked detail
 * withheld). Written in the first campaign's language, as its entries' words are. Its UIDs are
 * keyed hashes of Harbor's ids (calendar-uids.ts).
 */
export async function campaignCalendarFile(
  vault: OpenVault,
  campaigns: readonly Campaign[],
  opts: { includeDone?: boolean; clock: () => Date },
): Promise<CalendarFile> {
  const language = campaigns[0]?.language ?? 'en';
  const gate = await campaignTextGate(vault, language);
  const key = await calendarUidKey(vault);
  const entries = icsEntries(campaigns, { includeDone: opts.includeDone, labels: ICS_LABELS[language] }).map((e) => ({
    ...e,
    uid: opaqueUid(key, e.uid),
  }));
  const text = icsCalendar(entries, { stamp: opts.clock(), line: gate.line });
  // Named like a campaign report: the kind and the day, in the file's language, let out through the gate.
  const neutral = suggestExportFileName('campaign-dates', 'ics', today(opts.clock), language);
  return { name: safeExportFileName(gate.line(neutral), 'ics', neutral), bytes: Buffer.from(text, 'utf8') };
}
