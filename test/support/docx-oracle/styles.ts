import { AlignmentType, LevelFormat, type ILevelsOptions, type IStylesOptions, type NumberingDefinition } from 'docx';
import type { DocumentLayout, ExportLanguage } from '../../../shared/export/export-document';
import type { CjkLanguage } from '../../../shared/export/script-runs';
import { WORD_LANGUAGE } from '../../../electron/export/docx-scripts';
import { docxFont } from '../../../shared/export/script-fonts';
import { LINE_HEIGHT } from '../../../shared/export/paper';
import { PODIUM_BODY_PT, PODIUM_LINE_HEIGHT, TIME_MARK_PT } from '../../../shared/export/podium';

import {
  BODY_FONT,
  BODY_SIZE,
  BULLET_NUMBERING,
  BULLETS,
  COVER_NOTE_STYLE,
  LIST_HANG,
  LIST_INDENT,
  orderedNumbering,
  PARAGRAPH_NUMBER_INDENT,
  PARAGRAPH_NUMBERING,
  QUOTE_STYLE,
  TIME_MARK_STYLE,
} from '../../../electron/export/wordml/wordml-names';

const black = '000000';

export function docxStyles(
  language: ExportLanguage,
  cjk: CjkLanguage | null = null,
  layout: DocumentLayout = 'standard',
): IStylesOptions {
  // A podium script: the print CSS's podium size and line height, and quotations set upright.
  const podium = layout === 'podium';
  const bodySize = podium ? PODIUM_BODY_PT * 2 : BODY_SIZE;
  const lineHeight = podium ? PODIUM_LINE_HEIGHT : LINE_HEIGHT;
  const heading = (size: number, italics = false) => ({
    run: { font: BODY_FONT, size, bold: true, italics, color: black },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { size: bodySize, color: black, ...defaultRunScripts(language, cjk, BODY_FONT) },
        // The print CSS's line height, so both formats take as many pages.
        paragraph: { spacing: { after: podium ? 280 : 200, line: Math.round(240 * lineHeight) } },
      },
      title: {
        run: { font: BODY_FONT, size: 36, bold: true, color: black },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
      },
      heading1: heading(32),
      heading2: heading(28),
      heading3: heading(24, true),
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      {
        id: QUOTE_STYLE,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: !podium },
        paragraph: { indent: { left: 720, right: 720 } },
      },
      {
        id: TIME_MARK_STYLE,
        name: 'Time Mark',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: TIME_MARK_PT * 2, bold: true },
        paragraph: { spacing: { before: 280, after: 80, line: 276 }, keepNext: true, keepLines: true },
      },
      {
        id: COVER_NOTE_STYLE,
        name: 'Cover Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 20 },
        paragraph: {
          spacing: { after: 360 },
          border: {
            top: { style: 'single', size: 6, color: black, space: 4 },
            bottom: { style: 'single', size: 6, color: black, space: 4 },
            left: { style: 'single', size: 6, color: black, space: 4 },
            right: { style: 'single', size: 6, color: black, space: 4 },
          },
        },
      },
    ],
  };
}

function listLevels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]!,
    alignment: AlignmentType.START,
    start: level === 0 ? start : 1,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_HANG } } },
  }));
}

/** One definition per ordered-list start value; each list is its own instance, so it restarts. */
export function docxNumbering(orderedStarts: ReadonlySet<number>): NumberingDefinition[] {
  return [
    {
      reference: PARAGRAPH_NUMBERING,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          start: 1,
          style: { paragraph: { indent: { left: PARAGRAPH_NUMBER_INDENT, hanging: PARAGRAPH_NUMBER_INDENT } } },
        },
      ],
    },
    { reference: BULLET_NUMBERING, levels: listLevels(false, 1) },
    ...[...orderedStarts]
      .sort((a, b) => a - b)
      .map((start) => ({ reference: orderedNumbering(start), levels: listLevels(true, start) })),
  ];
}

/**
 * The document's default run language and fonts: the East Asian language detected in the text (or
 * the document's own language), so LibreOffice does not draw Chinese with the Japanese variant.
 */
function defaultRunScripts(language: ExportLanguage, cjk: CjkLanguage | null, bodyFont: string) {
  return {
    language: {
      value: WORD_LANGUAGE[language],
      eastAsia: WORD_LANGUAGE[cjk ?? language],
      bidirectional: WORD_LANGUAGE.ar,
    },
    font: { ascii: bodyFont, hAnsi: bodyFont, eastAsia: cjk ? docxFont(cjk) : bodyFont, cs: bodyFont },
  };
}
