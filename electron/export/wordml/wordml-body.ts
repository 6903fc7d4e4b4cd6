import type { Block, InlineRun, ListBlock } from '../../../shared/export/export-document';
import { paragraphDirection } from '../docx-scripts';
import type { ChartPictureOrNote } from '../chart-png';
import type { WordNumbering } from './wordml-numbering';
import { paragraphXml, type ParagraphProps } from './wordml-paragraph';
import { runsXml } from './wordml-run';
import type { DocumentScripts } from './wordml-scripts';
import type { PictureSink } from './wordml-picture';
import { tableXml } from './wordml-table';
import {
  BULLET_NUMBERING,
  LIST_INDENT,
  orderedNumbering,
  PARAGRAPH_NUMBERING,
  QUOTE_STYLE,
  TIME_MARK_STYLE,
} from './wordml-names';

const HEADINGS = ['Heading1', 'Heading2', 'Heading3'] as const;

/** What the body is written with, besides its blocks. */
export interface BodyContext {
  scripts: DocumentScripts;
  /** Gives each numbered paragraph its `w:numId`, registering the list it belongs to. */
  numbering: WordNumbering;
  /** Each chart's picture (or why it has none), keyed by its SVG (chartPictures); without either, its table only. */
  pictures: ReadonlyMap<string, ChartPictureOrNote>;
  /** Takes each picture placed, for the package's media parts. */
  media: PictureSink;
  /** The page's text column in twips, which a table's columns share. */
  textWidth: number;
}

interface Place {
  /**
   * Where paragraph numbers go when asked for: the body's own paragraphs, the paragraphs of a
   * quotation and the items of a list at the top level (UK evidence numbers all, so each can be cited).
   */
  topLevel: boolean;
  numbered: boolean;
  listLevel: number;
  quoteDepth: number;
  /** Next free list instance: every list restarts its own numbering. */
  nextInstance: { value: number };
}

/** A paragraph of runs, its direction taken from its first strong character. */
function textParagraph(runs: InlineRun[], props: ParagraphProps, ctx: BodyContext): string {
  return paragraphXml({ ...props, ...paragraphDirection(runs) }, runsXml(runs, ctx.scripts));
}

/** The body's blocks as WordprocessingML, numbered paragraphs in one sequence when `numbered`. */
export function bodyXml(blocks: readonly Block[], numbered: boolean, ctx: BodyContext): string {
  const place: Place = { topLevel: true, numbered, listLevel: -1, quoteDepth: 0, nextInstance: { value: 1 } };
  let out = '';
  for (const b of blocks) out += blockXml(b, place, ctx);
  return out;
}

function blockXml(block: Block, place: Place, ctx: BodyContext): string {
  const quote: ParagraphProps =
    place.quoteDepth > 0
      ? { style: QUOTE_STYLE, indent: { left: LIST_INDENT * place.quoteDepth, right: LIST_INDENT } }
      : {};
  switch (block.type) {
    case 'paragraph': {
      const props: ParagraphProps = { ...quote };
      // custom: a numbered paragraph is still a body paragraph (Normal), not a list item.
      if (place.topLevel && place.numbered)
        props.numbering = { numId: ctx.numbering.numId(PARAGRAPH_NUMBERING, undefined), level: 0, custom: true };
      return textParagraph(block.runs, props, ctx);
    }
    case 'heading':
      if (block.timeMark) return paragraphXml({ style: TIME_MARK_STYLE }, runsXml(block.runs, ctx.scripts));
      return textParagraph(block.runs, { heading: HEADINGS[block.level - 1] }, ctx);
    case 'list':
      return listXml(block, place, ctx);
    case 'blockquote': {
      const inner: Place = {
        ...place,
        topLevel: place.topLevel && place.quoteDepth === 0,
        quoteDepth: place.quoteDepth + 1,
      };
      let out = '';
      for (const b of block.blocks) out += blockXml(b, inner, ctx);
      return out;
    }
    case 'table':
      return tableXml(block, ctx.pictures, ctx.scripts.language, ctx.media, ctx.textWidth);
  }
}

function listXml(list: ListBlock, place: Place, ctx: BodyContext): string {
  const level = Math.min(place.listLevel + 1, 8);
  const instance = place.nextInstance.value++;
  // A numbered document numbers a top-level list's items with its paragraphs, in one sequence.
  const continues = place.numbered && place.topLevel && place.listLevel === -1;
  const reference = continues
    ? PARAGRAPH_NUMBERING
    : list.ordered
      ? orderedNumbering(list.start ?? 1)
      : BULLET_NUMBERING;
  const inner: Place = { ...place, topLevel: false, listLevel: level };
  let out = '';
  for (const item of list.items) {
    item.forEach((block, i) => {
      if (block.type === 'paragraph' && i === 0) {
        const numbering = continues
          ? { numId: ctx.numbering.numId(reference, undefined), level: 0, custom: true }
          : { numId: ctx.numbering.numId(reference, instance), level };
        out += textParagraph(block.runs, { numbering, ...(place.quoteDepth > 0 ? { style: QUOTE_STYLE } : {}) }, ctx);
      } else if (block.type === 'paragraph') {
        // Later paragraphs of an item line up with its text, without a second bullet.
        out += textParagraph(block.runs, { indent: { left: LIST_INDENT * (level + 1) } }, ctx);
      } else out += blockXml(block, inner, ctx);
    });
  }
  return out;
}
