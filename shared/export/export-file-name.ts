import type { ExportFormat } from '../core/export-formats';
import type { Lang } from '../core/lang-codes';

/** What kind of document an export is, in its file name: never its title or a person's name. */
export type ExportFileStem =
  'story' | 'testimony' | 'letter' | 'campaign-report' | 'campaign-dates' | 'shared-story' | 'receipt' | 'withdrawal';

/** The endings a file named here can have: a document's formats, a calendar file, a share package. */
export type ExportFileEnding = ExportFormat | 'ics' | 'harbor-share' | 'harbor-receipt' | 'harbor-withdrawal';

/** The kind's word in the document's language, as the person would name the file themselves. */
const STEM_WORDS: Readonly<Record<Lang, Readonly<Record<ExportFileStem, string>>>> = {
  en: {
    story: 'story',
    testimony: 'testimony',
    letter: 'letter',
    'campaign-report': 'campaign-report',
    'campaign-dates': 'campaign-dates',
    'shared-story': 'shared-story',
    receipt: 'receipt',
    withdrawal: 'withdrawal',
  },
  es: {
    story: 'historia',
    testimony: 'testimonio',
    letter: 'carta',
    'campaign-report': 'informe-campaña',
    'campaign-dates': 'fechas-campaña',
    'shared-story': 'historia-compartida',
    receipt: 'recibo',
    withdrawal: 'retirada',
  },
};

/**
 * A neutral name for a new export, e.g. `story-2027-02-01.pdf` (`historia-2027-02-01.pdf` in
 * Spanish): someone who sees the file name in a Downloads folder or an email learns nothing about
 * who wrote it or what it says. It never names Harbor, disguised or not: a file is passed on, and
 * the name of the program that made it tells whoever sees it what the person is doing.
 */
export function suggestExportFileName(
  stem: ExportFileStem,
  format: ExportFileEnding,
  today: string,
  language: Lang,
): string {
  return `${STEM_WORDS[language][stem]}-${today.slice(0, 10)}.${format}`;
}

/**
 * The name a titled export is suggested under, before the release gate: the title itself. It goes
 * through the gate as the document's file name (a withheld name in the title never reaches it),
 * and only then is made safe to save (safeExportFileName), so no folding of its characters can
 * hide a withheld name from the gate.
 */
export function titledExportFileName(title: string, format: ExportFormat): string {
  return `${title.trim()}.${format}`;
}

// Path separators, characters Windows refuses, and control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The name part the person typed, made safe to save: no folders, no characters a file system
 * refuses, the right extension. Never empty.
 */
export function safeExportFileName(name: string, format: ExportFileEnding, fallback: string): string {
  const base = name.normalize('NFC').replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const withoutExt = base.replace(/\.(docx|pdf|ics)$/i, '').trim();
  const stem = withoutExt === '' ? fallback.replace(/\.(docx|pdf|ics)$/i, '') : withoutExt;
  return `${[...stem].slice(0, 150).join('')}.${format}`;
}
