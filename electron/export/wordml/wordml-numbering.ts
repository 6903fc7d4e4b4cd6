import {
  BULLET_NUMBERING,
  BULLETS,
  LIST_HANG,
  LIST_INDENT,
  orderedNumbering,
  PARAGRAPH_NUMBER_INDENT,
  PARAGRAPH_NUMBERING,
} from './wordml-names';

/*
 * word/numbering.xml and the list ids paragraphs write, exactly as the docx package does for
 * docxNumbering(orderedStarts) (now the reference's, test/support/docx-oracle/styles.ts), so the file is byte-equal to the reference:
 *
 * - abstractNum 1 is docx's own bullet list (always written), then one per definition in
 *   docxNumbering's order: numbered paragraphs, bullets, each ordered start ascending.
 * - w:num 1 is docx's bullet list (always written, never used). Every other w:num is created on
 *   the first paragraph that uses a (reference, instance), numbered from 2 in document order; a
 *   `custom: true` use has no instance and counts as instance 0, so they all share one list.
 *
 * What the paragraph writer must write, in w:pPr, in docx's order:
 * - `<w:pStyle w:val="ListParagraph"/>` first, for a list item (`instance` given) that has no style
 *   of its own (docx adds it when numbering is not `custom` and there is no style or heading);
 * - then its pStyle, keepNext, keepLines, widowControl as usual;
 * - then numPrXml(numbering.numId(reference, instance), level), before w:pBdr, w:spacing, w:ind, w:jc.
 * numId must be called in document order (the order docx writes the paragraphs in).
 */

/** One level of a list definition, as docxNumbering gives it. */
interface Level {
  format: 'decimal' | 'bullet';
  text: string;
  start: number;
  left: number;
  hanging: number;
}

/** docx's own bullet list: 0.5 in more per level, 0.25 in hanging, ● ○ ■ ● ○ ■ ● ● ●. */
const DOCX_BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●'];
const docxDefaultLevels = (): Level[] =>
  DOCX_BULLETS.map((text, level) => ({ format: 'bullet', text, start: 1, left: 720 * (level + 1), hanging: 360 }));

/** The reference's listLevels: nine levels, the start only on the first. */
const listLevels = (ordered: boolean, start: number): Level[] =>
  Array.from({ length: 9 }, (_, level) => ({
    format: ordered ? 'decimal' : 'bullet',
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]!,
    start: level === 0 ? start : 1,
    left: LIST_INDENT * (level + 1),
    hanging: LIST_HANG,
  }));

const PARAGRAPH_LEVELS: Level[] = [
  { format: 'decimal', text: '%1.', start: 1, left: PARAGRAPH_NUMBER_INDENT, hanging: PARAGRAPH_NUMBER_INDENT },
];

const ROOT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering mc:Ignorable="w14 w15 wp14"' +
  ' xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"' +
  ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' +
  ' xmlns:o="urn:schemas-microsoft-com:office:office"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"' +
  ' xmlns:v="urn:schemas-microsoft-com:vml"' +
  ' xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"' +
  ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"' +
  ' xmlns:w10="urn:schemas-microsoft-com:office:word"' +
  ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
  ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' +
  ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"' +
  ' xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"' +
  ' xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk"' +
  ' xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"' +
  ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">';

const levelXml = (l: Level, ilvl: number) =>
  `<w:lvl w:ilvl="${ilvl}" w:tentative="1"><w:start w:val="${l.start}"/><w:numFmt w:val="${l.format}"/>` +
  `<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${l.left}" w:hanging="${l.hanging}"/></w:pPr></w:lvl>`;

const abstractXml = (id: number, levels: readonly Level[]) =>
  `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0">` +
  '<w:multiLevelType w:val="hybridMultilevel"/>' +
  levels.map(levelXml).join('') +
  '</w:abstractNum>';

/** A list instance restarts every level at its definition's start (docx's startOverride per level). */
const numXml = (numId: number, abstractId: number, levels: readonly Level[]) =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>` +
  levels.map((l, i) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${l.start}"/></w:lvlOverride>`).join('') +
  '</w:num>';

/** A paragraph's list membership, as docx writes it inside w:pPr. */
export const numPrXml = (numId: number, level: number) =>
  `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;

interface Definition {
  abstractId: number;
  levels: Level[];
}

export class WordNumbering {
  /** By reference, in docxNumbering's order; abstractNum 1 is docx's own bullets. */
  private readonly definitions = new Map<string, Definition>();
  /** Each list used, by `${reference}-${instance}` as docx keys it, in order of first use. */
  private readonly lists = new Map<string, { numId: number; definition: Definition }>();

  constructor(orderedStarts: ReadonlySet<number>) {
    const all: [string, Level[]][] = [
      [PARAGRAPH_NUMBERING, PARAGRAPH_LEVELS],
      [BULLET_NUMBERING, listLevels(false, 1)],
      ...[...orderedStarts]
        .sort((a, b) => a - b)
        .map((start): [string, Level[]] => [orderedNumbering(start), listLevels(true, start)]),
    ];
    all.forEach(([reference, levels], i) => this.definitions.set(reference, { abstractId: i + 2, levels }));
  }

  /** The w:numId a paragraph writes; `instance` undefined is docx's `custom: true` use (instance 0). */
  numId(reference: string, instance: number | undefined): number {
    const key = `${reference}-${instance ?? 0}`;
    const known = this.lists.get(key);
    if (known) return known.numId;
    const definition = this.definitions.get(reference);
    // docx writes a placeholder no list replaces for an undeclared reference; Harbor declares all it uses.
    if (!definition) throw new Error(`no numbering definition "${reference}"`);
    const numId = this.lists.size + 2;
    this.lists.set(key, { numId, definition });
    return numId;
  }

  /** word/numbering.xml, after every use is registered. */
  xml(): string {
    let out = ROOT + abstractXml(1, docxDefaultLevels());
    for (const d of this.definitions.values()) out += abstractXml(d.abstractId, d.levels);
    out += numXml(1, 1, docxDefaultLevels().slice(0, 1));
    for (const { numId, definition } of this.lists.values()) {
      out += numXml(numId, definition.abstractId, definition.levels);
    }
    return out + '</w:numbering>';
  }
}
