import type { DocumentLayout, ExportLanguage } from '../../../shared/export/export-document';
import { LINE_HEIGHT } from '../../../shared/export/paper';
import { PODIUM_BODY_PT, PODIUM_LINE_HEIGHT, TIME_MARK_PT } from '../../../shared/export/podium';
import { docxFont } from '../../../shared/export/script-fonts';
import type { CjkLanguage } from '../../../shared/export/script-runs';
import { WORD_LANGUAGE } from '../docx-scripts';
import { BODY_FONT, BODY_SIZE, COVER_NOTE_STYLE, QUOTE_STYLE, TIME_MARK_STYLE } from './wordml-names';

/*
 * word/styles.xml exactly as the docx package writes it for docxStyles(language, cjk, layout)
 * (test/support/docx-oracle/styles.ts): the same elements, attribute order and docx's own default
 * styles, so a file from this writer is byte-equal to the reference (wordml-styles.test.ts). The
 * measures that are not shared names are the reference's literals, repeated here.
 */

const BLACK = '000000';

const ROOT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles mc:Ignorable="w14 w15"' +
  ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
  ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' +
  ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">';

const val = (name: string, value: string | number) => `<${name} w:val="${value}"/>`;
const size = (halfPoints: number) => val('w:sz', halfPoints) + val('w:szCs', halfPoints);
/** docx writes the four font slots in this (alphabetical) order. */
const fonts = (ascii: string, eastAsia: string) =>
  `<w:rFonts w:ascii="${ascii}" w:cs="${ascii}" w:eastAsia="${eastAsia}" w:hAnsi="${ascii}"/>`;
const bold = '<w:b/><w:bCs/>';
/** An explicit `italics: false` is written as such, not left out. */
const italics = (on: boolean) => (on ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>');
const keep = '<w:keepNext/><w:keepLines/>';

/** A paragraph style based on Normal; `head` is what docx writes between the name and the pPr. */
const paragraphStyle = (id: string, name: string, head: string, pPr: string, rPr: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}">${val('w:name', name)}${head}` +
  (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') +
  (rPr ? `<w:rPr>${rPr}</w:rPr>` : '') +
  '</w:style>';
const BASED = val('w:basedOn', 'Normal') + val('w:next', 'Normal');
const BASED_QUICK = BASED + '<w:qFormat/>';

const NORMAL =
  '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:type="dxa" w:w="0"/>' +
  '<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/>' +
  '<w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>';

/** docx's Heading 4–6 and Strong, which Harbor leaves as they are. */
const LESSER_HEADINGS =
  paragraphStyle('Heading4', 'Heading 4', BASED_QUICK, '', italics(true) + val('w:color', '2E74B5')) +
  paragraphStyle('Heading5', 'Heading 5', BASED_QUICK, '', val('w:color', '2E74B5')) +
  paragraphStyle('Heading6', 'Heading 6', BASED_QUICK, '', val('w:color', '1F4D78')) +
  paragraphStyle('Strong', 'Strong', BASED_QUICK, '', bold);

const LIST_PARAGRAPH =
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>' +
  '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr></w:style>';

const HIDDEN = '<w:semiHidden/><w:unhideWhenUsed/>';
const CAPTION_BIBLIOGRAPHY =
  paragraphStyle(
    'Caption',
    'caption',
    BASED + val('w:uiPriority', 35) + HIDDEN + '<w:qFormat/>',
    '<w:spacing w:after="200"/>',
    italics(true) + '<w:color w:val="44546A" w:themeColor="dark2"/>' + size(18),
  ) + paragraphStyle('Bibliography', 'Bibliography', BASED + val('w:uiPriority', 37) + '<w:unhideWhenUsed/>', '', '');

const charStyle = (id: string, name: string, head: string, rPr: string) =>
  `<w:style w:type="character" w:styleId="${id}">${val('w:name', name)}` +
  val('w:basedOn', 'DefaultParagraphFont') +
  head +
  (rPr ? `<w:rPr>${rPr}</w:rPr>` : '') +
  '</w:style>';
const P99 = val('w:uiPriority', 99);
const SUPERSCRIPT = val('w:vertAlign', 'superscript');
const noteText = (kind: 'Footnote' | 'Endnote') =>
  paragraphStyle(
    `${kind}Text`,
    `${kind.toLowerCase()} text`,
    val('w:basedOn', 'Normal') + val('w:link', `${kind}TextChar`) + P99 + HIDDEN,
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
    size(20),
  );
const notes = (kind: 'Footnote' | 'Endnote') =>
  charStyle(`${kind}Reference`, `${kind.toLowerCase()} reference`, P99 + HIDDEN, SUPERSCRIPT) +
  noteText(kind) +
  charStyle(`${kind}TextChar`, `${kind} Text Char`, val('w:link', `${kind}Text`) + P99 + HIDDEN, size(20));

/** docx's character styles and note styles, after the TOC styles. */
const CHARACTER_STYLES =
  charStyle('Hyperlink', 'Hyperlink', P99 + '<w:unhideWhenUsed/>', val('w:color', '0563C1') + val('w:u', 'single')) +
  notes('Footnote') +
  notes('Endnote') +
  charStyle('LineNumber', 'line number', P99 + HIDDEN, '');

/**
 * docx's TOC 1–9: each level indented by the Normal font size more than the one above (size in
 * half-points × 10 = twips), so a podium script's TOC styles differ too.
 */
function tocStyles(bodySize: number): string {
  let out = '';
  for (let level = 1; level <= 9; level++) {
    const indent = level > 1 ? `<w:ind w:left="${(level - 1) * bodySize * 10}"/>` : '';
    out += paragraphStyle(
      `TOC${level}`,
      `toc ${level}`,
      BASED + val('w:uiPriority', 39) + HIDDEN,
      '<w:spacing w:after="100"/>' + indent,
      '',
    );
  }
  return out;
}

function docDefaults(language: ExportLanguage, cjk: CjkLanguage | null, bodySize: number, podium: boolean): string {
  const lineHeight = podium ? PODIUM_LINE_HEIGHT : LINE_HEIGHT;
  const lang =
    `<w:lang w:val="${WORD_LANGUAGE[language]}" w:eastAsia="${WORD_LANGUAGE[cjk ?? language]}"` +
    ` w:bidi="${WORD_LANGUAGE.ar}"/>`;
  return (
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    fonts(BODY_FONT, cjk ? docxFont(cjk) : BODY_FONT) +
    val('w:color', BLACK) +
    size(bodySize) +
    lang +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    `<w:spacing w:after="${podium ? 280 : 200}" w:line="${Math.round(240 * lineHeight)}"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults>'
  );
}

const heading = (level: number, halfPoints: number, italic: boolean) =>
  paragraphStyle(
    `Heading${level}`,
    `Heading ${level}`,
    BASED_QUICK,
    keep + '<w:spacing w:after="120" w:before="240"/>',
    fonts(BODY_FONT, BODY_FONT) + bold + italics(italic) + val('w:color', BLACK) + size(halfPoints),
  );

const TITLE_AND_HEADINGS =
  paragraphStyle(
    'Title',
    'Title',
    BASED_QUICK,
    '<w:spacing w:after="120"/><w:jc w:val="center"/>',
    fonts(BODY_FONT, BODY_FONT) + bold + val('w:color', BLACK) + size(36),
  ) +
  heading(1, 32, false) +
  heading(2, 28, false) +
  heading(3, 24, true);

const border = (side: string) => `<w:${side} w:val="single" w:color="${BLACK}" w:sz="6" w:space="4"/>`;

/** Harbor's own paragraph styles (docxStyles' paragraphStyles), last, as docx appends them. */
function harborStyles(podium: boolean): string {
  return (
    paragraphStyle(QUOTE_STYLE, 'Quote', BASED_QUICK, '<w:ind w:left="720" w:right="720"/>', italics(!podium)) +
    paragraphStyle(
      TIME_MARK_STYLE,
      'Time Mark',
      BASED,
      keep + '<w:spacing w:after="80" w:before="280" w:line="276"/>',
      bold + size(TIME_MARK_PT * 2),
    ) +
    paragraphStyle(
      COVER_NOTE_STYLE,
      'Cover Note',
      BASED,
      `<w:pBdr>${['top', 'left', 'bottom', 'right'].map(border).join('')}</w:pBdr><w:spacing w:after="360"/>`,
      size(20),
    )
  );
}

export function stylesXml(language: ExportLanguage, cjk: CjkLanguage | null, layout: DocumentLayout): string {
  // A podium script: the print CSS's podium size and line height, and quotations set upright.
  const podium = layout === 'podium';
  const bodySize = podium ? PODIUM_BODY_PT * 2 : BODY_SIZE;
  return (
    ROOT +
    docDefaults(language, cjk, bodySize, podium) +
    NORMAL +
    TITLE_AND_HEADINGS +
    LESSER_HEADINGS +
    LIST_PARAGRAPH +
    CAPTION_BIBLIOGRAPHY +
    tocStyles(bodySize) +
    CHARACTER_STYLES +
    harborStyles(podium) +
    '</w:styles>'
  );
}
