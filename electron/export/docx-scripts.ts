import type { ExportLanguage, InlineRun } from '../../shared/export/export-document';
import type { ScriptLanguage, ScriptSegment } from '../../shared/export/script-runs';
import { isRtl } from '../../shared/export/text-direction';

/**
 * What the Word writer (wordml/) needs to know of direction and script: Word's language tags, a
 * paragraph's direction, and the isolates around a placeholder. With them it writes `w:bidi`,
 * `w:rtl`, `w:lang` and each script's font, so Word and LibreOffice lay out, shape and choose fonts
 * for the script actually written.
 */

export const WORD_LANGUAGE: Record<ExportLanguage | ScriptLanguage, string> = {
  en: 'en-US',
  es: 'es-ES',
  ar: 'ar-SA',
  he: 'he-IL',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
  ja: 'ja-JP',
  ko: 'ko-KR',
  th: 'th-TH',
  vi: 'vi-VN',
};

/** First strong character right-to-left: the paragraph is `w:bidi` (its start is the right). */
export function paragraphDirection(runs: readonly InlineRun[]): { bidirectional?: true } {
  return isRtl(runs.map((r) => r.text).join('')) ? { bidirectional: true } : {};
}

const FSI = '\u2068';
const PDI = '\u2069';

/** A stretch's text: a placeholder in a paragraph with right-to-left text between FSI and PDI. */
export const segmentText = (seg: ScriptSegment, text: string) => (seg.isolate ? `${FSI}${text}${PDI}` : text);
