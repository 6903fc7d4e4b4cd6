import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, ICS_LABELS, icsCalendar, icsEntries } from '../../../shared/campaign';
import { campaign, engagement } from './campaign-fixture';

const stamp = new Date('2027-03-01T08:09:10.123Z');
/** The file's shape is tested here with text left as typed; that the handler passes the real gate is in campaign-ics-gate.test.ts. */
const line = (t: string) => t;

const c = campaign({
  engagements: [
    engagement({
      id: 'eng-a',
      office: 'Rep. Chen, office',
      date: '2027-03-01',
      followUps: [
        { id: 'fu-open', text: 'Send the fact sheet; with data', due: '2027-03-08' },
        { id: 'fu-done', text: 'Thank-you note', due: '2027-03-02', doneOn: '2027-03-02' },
      ],
    }),
    engagement({
      id: 'eng-h',
      kind: 'hearing',
      date: '2027-03-20',
      time: '09:30',
      hearing: { committee: 'Judiciary', writtenTestimonyDue: '2027-03-18', signUpToSpeakBy: '2027-03-19' },
    }),
  ],
});

describe('the calendar file', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets with a leading space, never inside a UTF-8 character', () => {
    const long = `SUMMARY:${'ñ'.repeat(100)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT')).toBe('SHORT');
  });

  it('holds open follow-ups and hearing dates as dated entries with stable UIDs, in date order', () => {
    const text = icsCalendar(icsEntries([c]), { stamp, line });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text.match(/^UID:.*$/gm)!.map((u) => u.trim())).toEqual([
      'UID:campaign-0001.eng-a.fu-open@calendar.invalid',
      'UID:campaign-0001.eng-h.written-testimony@calendar.invalid',
      'UID:campaign-0001.eng-h.sign-up@calendar.invalid',
      'UID:campaign-0001.eng-h.hearing@calendar.invalid',
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20270308\r\nDTEND;VALUE=DATE:20270309');
    expect(text).toContain('DTSTART:20270320T093000\r\n');
    expect(text).toContain('DTSTAMP:20270301T080910Z');
    expect(text).toContain('SUMMARY:Follow-up: Send the fact sheet\\; with data');
    expect(text).not.toContain('Thank-you note');
    expect(icsCalendar(icsEntries([c]), { stamp, line })).toBe(text);
  });

  it('includes done follow-ups when asked, and passes every text through the release line', () => {
    const text = icsCalendar(icsEntries([c], { includeDone: true }), {
      stamp,
      line: (t) => t.replace('Chen', '[name]'),
    });
    expect(text).toContain('Thank-you note');
    expect(text).not.toContain('Chen');
    expect(text).toContain('[name]');
  });

  it('words the entries in Spanish when asked', () => {
    const text = icsCalendar(icsEntries([c], { labels: ICS_LABELS.es }), { stamp, line });
    expect(text).toContain('SUMMARY:Seguimiento: Send the fact sheet');
    expect(text).toContain('SUMMARY:Plazo del testimonio escrito: Judiciary');
  });

  it('writes a hearing as a calendar app reads it: every property of the file and the entry, in order', () => {
    const hearingOnly = campaign({
      title: 'Safe Harbor Act',
      engagements: [
        engagement({
          id: 'eng-h',
          kind: 'hearing',
          office: 'Capitol',
          date: '2027-03-20',
          time: '09:30',
          hearing: { committee: 'Judiciary' },
        }),
      ],
    });
    expect(icsCalendar(icsEntries([hearingOnly]), { stamp, line }).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Calendar//EN',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      'UID:campaign-0001.eng-h.hearing@calendar.invalid',
      'DTSTAMP:20270301T080910Z',
      'DTSTART:20270320T093000',
      'DURATION:PT1H',
      'SUMMARY:Hearing: Judiciary',
      'DESCRIPTION:Safe Harbor Act',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('names each deadline in both languages, and a hearing with a blank committee by its office', () => {
    const summaries = (labels: (typeof ICS_LABELS)['en']) =>
      icsCalendar(icsEntries([c], { labels }), { stamp, line }).match(/^SUMMARY:.*$/gm);
    expect(summaries(ICS_LABELS.en)).toEqual([
      'SUMMARY:Follow-up: Send the fact sheet\\; with data',
      'SUMMARY:Written testimony due: Judiciary',
      'SUMMARY:Sign up to speak: Judiciary',
      'SUMMARY:Hearing: Judiciary',
    ]);
    expect(summaries(ICS_LABELS.es)).toEqual([
      'SUMMARY:Seguimiento: Send the fact sheet\\; with data',
      'SUMMARY:Plazo del testimonio escrito: Judiciary',
      'SUMMARY:Inscripción para hablar: Judiciary',
      'SUMMARY:Audiencia: Judiciary',
    ]);
    const blank = campaign({
      engagements: [engagement({ id: 'eng-b', kind: 'hearing', office: 'Room 4', hearing: { committee: '   ' } })],
    });
    expect(icsEntries([blank]).map((e) => e.summary)).toEqual(['Hearing: Room 4']);
  });

  it('lists entries of one day by their UID, and writes no DESCRIPTION for an entry without one', () => {
    const entry = (uid: string, description: string) => ({
      uid,
      day: '2027-04-01',
      time: null,
      summary: uid,
      description,
    });
    const sameDay = campaign({
      engagements: ['eng-c', 'eng-a', 'eng-b'].map((id) =>
        engagement({ id, followUps: [{ id: 'fu-1', text: id, due: '2027-04-01' }] }),
      ),
    });
    expect(icsEntries([sameDay]).map((e) => e.uid)).toEqual([
      'campaign-0001.eng-a.fu-1',
      'campaign-0001.eng-b.fu-1',
      'campaign-0001.eng-c.fu-1',
    ]);
    const text = icsCalendar([entry('a', ''), entry('b', 'Note')], { stamp, line });
    expect(text.match(/^DESCRIPTION:.*$/gm)).toEqual(['DESCRIPTION:Note']);
  });

  it('counts a character’s UTF-8 octets exactly when folding: 75 fit on the first line, 74 after the space', () => {
    const folds = (line: string) => foldLine(line).split('\r\n').length - 1;
    // U+007F is one octet, U+0080 and U+07FF two, U+0800 three.
    expect(folds(`${'A'.repeat(74)}\u007f`)).toBe(0);
    expect(folds(`${'A'.repeat(74)}\u0080`)).toBe(1);
    expect(folds(`${'A'.repeat(73)}\u07ff`)).toBe(0);
    expect(folds(`${'A'.repeat(73)}\u0800`)).toBe(1);
    // U+FFFF is three octets, U+10000 (outside the basic plane) four.
    expect(folds(`${'A'.repeat(72)}\uffff`)).toBe(0);
    expect(folds(`${'A'.repeat(72)}\u{10000}`)).toBe(1);
    // 75 + 74 octets: two lines exactly; one more octet makes a third.
    expect(
      foldLine('B'.repeat(149))
        .split('\r\n')
        .map((l) => l.length),
    ).toEqual([75, 75]);
    expect(folds('B'.repeat(150))).toBe(2);
  });
});
