import type { ExportLanguage, InlineRun } from '../../shared/export/export-document';
import { docxFont } from '../../shared/export/script-fonts';
import type { CjkLanguage, ScriptLanguage, ScriptSegment } from '../../shared/export/script-runs';
import { isRtl } from '../../shared/export/text-direction';

/**
 * The DOCX writer's hooks for direction and script: `w:bidi` on a right-to-left paragraph, and on
 * each run `w:rtl`, `w:lang` (w:val, w:eastAsia, w:bidi) and the font of its character class, so
 * Word and LibreOffice lay out, shape and choose fonts for the script actually written.
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

/**
 * The document's default run language and fonts: the East Asian language detected in the text (or
 * the document's own language), so LibreOffice does not draw Chinese with the Japanese variant.
 */
export function defaultRunScripts(language: ExportLanguage, cjk: CjkLanguage | null, bodyFont: string) {
  return {
    language: {
      value: WORD_LANGUAGE[language],
      eastAsia: WORD_LANGUAGE[cjk ?? language],
      bidirectional: WORD_LANGUAGE.ar,
    },
    font: { ascii: bodyFont, hAnsi: bodyFont, eastAsia: cjk ? docxFont(cjk) : bodyFont, cs: bodyFont },
  };
}
