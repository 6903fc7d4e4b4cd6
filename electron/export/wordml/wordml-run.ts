import type { ExportLanguage, InlineRun } from '../../../shared/export/export-document';
import { docxFont } from '../../../shared/export/script-fonts';
import { paragraphContext, scriptSegments, type ScriptLanguage } from '../../../shared/export/script-runs';
import { segmentText, WORD_LANGUAGE } from '../docx-scripts';
import type { DocumentScripts } from './wordml-scripts';
import { escapeXml } from '../xml-tree';
import { attrs, onOff } from './wordml-xml';

/** The run formatting Harbor uses, in the order Word's schema (and docx) writes it. */
export interface RunProps {
  font?: { ascii?: string; cs?: string; eastAsia?: string; hAnsi?: string };
  bold?: boolean | undefined;
  boldComplexScript?: boolean | undefined;
  italics?: boolean | undefined;
  italicsComplexScript?: boolean | undefined;
  /** Half-points. */
  size?: number;
  underline?: boolean | undefined;
  rightToLeft?: boolean;
  language?: { value?: string; eastAsia?: string; bidirectional?: string };
}

/** `<w:rPr>`, or nothing when no property is set. */
export function runPropsXml(p: RunProps): string {
  let out = '';
  if (p.font) {
    const f = p.font;
    out += `<w:rFonts${attrs([
      ['w:ascii', f.ascii],
      ['w:cs', f.cs],
      ['w:eastAsia', f.eastAsia],
      ['w:hAnsi', f.hAnsi],
    ])}/>`;
  }
  if (p.bold !== undefined) out += onOff('w:b', p.bold);
  // Word formats complex-script characters with the *Cs twins, which follow the plain ones unless set.
  if ((p.boldComplexScript === undefined && p.bold !== undefined) || p.boldComplexScript)
    out += onOff('w:bCs', p.boldComplexScript ?? p.bold!);
  if (p.italics !== undefined) out += onOff('w:i', p.italics);
  if ((p.italicsComplexScript === undefined && p.italics !== undefined) || p.italicsComplexScript)
    out += onOff('w:iCs', p.italicsComplexScript ?? p.italics!);
  if (p.size !== undefined) out += `<w:sz w:val="${p.size}"/>`;
  if (p.size) out += `<w:szCs w:val="${p.size}"/>`;
  if (p.underline) out += '<w:u w:val="single"/>';
  if (p.rightToLeft !== undefined) out += onOff('w:rtl', p.rightToLeft);
  if (p.language) {
    const l = p.language;
    out += `<w:lang${attrs([
      ['w:val', l.value],
      ['w:eastAsia', l.eastAsia],
      ['w:bidi', l.bidirectional],
    ])}/>`;
  }
  return out === '' ? '' : `<w:rPr>${out}</w:rPr>`;
}

/** `<w:t>` keeps its spaces: Word would otherwise drop a run's leading and trailing ones. */
export const textXml = (text: string) => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

/** One run of text, after `breaks` line breaks. */
export const textRunXml = (text: string, props: RunProps, breaks = 0) =>
  `<w:r>${runPropsXml(props)}${'<w:br/>'.repeat(breaks)}${textXml(text)}</w:r>`;

/** Run properties for one stretch of text in `lang` (nothing for the document's own language). */
function scriptRunProps(lang: ScriptLanguage | null, run: InlineRun, language: ExportLanguage): RunProps {
  const value = WORD_LANGUAGE[language];
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

/**
 * A paragraph's runs: each stretch of one script tagged with its language, direction and font,
 * and a line break ("\n") as Word's `<w:br/>` at the start of the next run.
 */
export function runsXml(runs: readonly InlineRun[], scripts: DocumentScripts): string {
  const ctx = paragraphContext([...runs], scripts.cjk, scripts.identity);
  let out = '';
  for (const run of runs) {
    for (const seg of scriptSegments(run.text, ctx)) {
      const lines = seg.text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const text = lines[i]!;
        if (i === 0 && text === '') continue;
        // Spread in docx's option order: a script's own bold/italic (Cs) settings follow the plain ones.
        const props: RunProps = {
          bold: run.bold,
          italics: run.italic,
          underline: run.underline,
          ...scriptRunProps(seg.lang, run, scripts.language),
        };
        out += textRunXml(segmentText(seg, text), props, i > 0 ? 1 : 0);
      }
    }
  }
  return out;
}
