/*
 * The names and measures a Word file from Harbor is written with: style ids, numbering
 * references, sizes and indents. The writer (wordml-*.ts) and the docx-built reference it is
 * checked against in tests (test/support/docx-oracle) take them from here, so the two can only
 * differ in how they write, never in what.
 */

/** What committees expect: Times New Roman 12 pt (Word measures run sizes in half-points). */
export const BODY_FONT = 'Times New Roman';
export const BODY_SIZE = 24;
export const QUOTE_STYLE = 'Quote';
// Style ids are written into the file (Word lists them in its style pane): they name the style,
// never the program that made it, so the file does not say it came from Harbor.
export const COVER_NOTE_STYLE = 'CoverNote';
export const TIME_MARK_STYLE = 'TimeMark';

export const PARAGRAPH_NUMBERING = 'numbered-paragraphs';
export const BULLET_NUMBERING = 'bullets';
export const orderedNumbering = (start: number) => `ordered-${start}`;

/** Hanging indent of a numbered paragraph's text, the same 0.4 in as the print CSS. */
export const PARAGRAPH_NUMBER_INDENT = 576;
export const LIST_INDENT = 720;
export const LIST_HANG = 360;
export const BULLETS = ['•', '◦', '▪'];

/** Running header and page-number lines, in half-points. */
export const LABEL_SIZE = 18;

/** A chart is at most as wide as the text column of the narrower paper (A4: 8.27 in less two 1 in margins). */
export const MAX_CHART_WIDTH_PX = 600;
