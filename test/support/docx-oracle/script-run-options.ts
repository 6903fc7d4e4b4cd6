import type { IRunOptions } from 'docx';
import { WORD_LANGUAGE } from '../../../electron/export/docx-scripts';
import type { ExportLanguage, InlineRun } from '../../../shared/export/export-document';
import { docxFont } from '../../../shared/export/script-fonts';
import type { ScriptLanguage } from '../../../shared/export/script-runs';

/*
 * A copy of electron/export/docx-scripts.ts's scriptRunOptions as it was when docx wrote the Word
 * file: it speaks docx's option names, which the hand-written writer no longer uses, so the
 * reference keeps its own copy rather than follow the writer's changes.
 */

type ScriptRunOptions = Pick<
  IRunOptions,
  'rightToLeft' | 'language' | 'font' | 'boldComplexScript' | 'italicsComplexScript'
>;

/** Run properties for one stretch of text in `lang` (nothing for the document's own language). */
export function scriptRunOptions(
  lang: ScriptLanguage | null,
  run: InlineRun,
  language: ExportLanguage,
): ScriptRunOptions {
  const value = WORD_LANGUAGE[language];
  // Word formats complex-script characters (Arabic, Hebrew, Thai) with the *Cs properties.
  const complex = { boldComplexScript: run.bold, italicsComplexScript: run.italic };
  switch (lang) {
    case null:
      return {};
    case 'ar':
    case 'he':
      return {
        rightToLeft: true,
        language: { value, bidirectional: WORD_LANGUAGE[lang] },
        font: { cs: docxFont(lang) },
        ...complex,
      };
    case 'th':
      return { language: { value, bidirectional: WORD_LANGUAGE[lang] }, font: { cs: docxFont(lang) }, ...complex };
    case 'vi':
      return { language: { value: WORD_LANGUAGE[lang] } };
    default:
      return { language: { value, eastAsia: WORD_LANGUAGE[lang] }, font: { eastAsia: docxFont(lang) } };
  }
}
