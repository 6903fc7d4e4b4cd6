import { HeadingLevel, Paragraph, TextRun, UnderlineType, type IParagraphOptions, type Table } from 'docx';
import type { Block, InlineRun, ListBlock } from '../../../shared/export/export-document';
import {
  BULLET_NUMBERING,
  LIST_INDENT,
  orderedNumbering,
  PARAGRAPH_NUMBERING,
  QUOTE_STYLE,
  TIME_MARK_STYLE,
} from '../../../electron/export/wordml/wordml-names';
import { optional } from '../../../shared/core/optional';
import type { ExportLanguage } from '../../../shared/export/export-document';
import { paragraphContext, scriptSegments, type CjkLanguage } from '../../../shared/export/script-runs';
import { paragraphDirection, segmentText } from '../../../electron/export/docx-scripts';
import { scriptRunOptions } from './script-run-options';
import type { ChartPictureOrNote } from '../../../electron/export/chart-png';
import { docxTable } from './table';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

interface Context {
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
  scripts: DocumentScripts;
  /** Each chart's picture (or why it has none), keyed by its SVG (chartPictures); without either, its table only. */
  pictures: ReadonlyMap<string, ChartPictureOrNote>;
}

/** What runs need to be tagged: the document's language and the East Asian language detected in it. */
export interface DocumentScripts {
  language: ExportLanguage;
  cjk?: CjkLanguage | undefined;
  /** The witness as the consent shows them, isolated in right-to-left paragraphs (identityPattern). */
  identity?: RegExp | null;
}

/**
 * Every paragraph Harbor writes: widow and orphan control on (w:widowControl), so no page starts
 * or ends with a paragraph's lone line, as the PDF's CSS orphans/widows do.
 */
export const paragraph = (options: IParagraphOptions) => new Paragraph({ widowControl: true, ...options });

export function textRuns(runs: InlineRun[], scripts: DocumentScripts = { language: 'en' }): TextRun[] {
  const ctx = paragraphContext(runs, scripts.cjk, scripts.identity);
  return runs.flatMap((run) =>
    scriptSegments(run.text, ctx).flatMap((seg) =>
      seg.text.split('\n').flatMap((text, i) =>
        i === 0 && text === ''
          ? []
          : new TextRun({
              text: segmentText(seg, text),
              bold: run.bold,
              italics: run.italic,
              underline: run.underline ? { type: UnderlineType.SINGLE } : undefined,
              break: i > 0 ? 1 : undefined,
              ...scriptRunOptions(seg.lang, run, scripts.language),
            }),
      ),
    ),
  );
}

/** Every ordered list's start, so the numbering definitions can be declared up front. */
export function orderedStarts(blocks: Block[], into = new Set<number>()): Set<number> {
  for (const b of blocks) {
    if (b.type === 'list') {
      if (b.ordered) into.add(b.start ?? 1);
      b.items.forEach((item) => orderedStarts(item, into));
    } else if (b.type === 'blockquote') orderedStarts(b.blocks, into);
  }
  return into;
}

export function bodyParagraphs(
  blocks: Block[],
  numbered: boolean,
  scripts: DocumentScripts = { language: 'en' },
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): (Paragraph | Table)[] {
  const ctx: Context = {
    topLevel: true,
    numbered,
    listLevel: -1,
    quoteDepth: 0,
    nextInstance: { value: 1 },
    scripts,
    pictures,
  };
  return blocks.flatMap((b) => blockParagraphs(b, ctx));
}

function blockParagraphs(block: Block, ctx: Context): (Paragraph | Table)[] {
  const quote = ctx.quoteDepth > 0 ? { style: QUOTE_STYLE, indent: quoteIndent(ctx) } : {};
  switch (block.type) {
    case 'paragraph':
      return [
        paragraph({
          children: textRuns(block.runs, ctx.scripts),
          ...paragraphDirection(block.runs),
          ...quote,
          // custom: a numbered paragraph is still a body paragraph (Normal), not a list item.
          ...optional(
            'numbering',
            ctx.topLevel && ctx.numbered ? { reference: PARAGRAPH_NUMBERING, level: 0, custom: true } : undefined,
          ),
        }),
      ];
    case 'heading':
      if (block.timeMark) return [paragraph({ children: textRuns(block.runs, ctx.scripts), style: TIME_MARK_STYLE })];
      return [
        paragraph({
          children: textRuns(block.runs, ctx.scripts),
          heading: HEADINGS[block.level - 1],
          ...paragraphDirection(block.runs),
        }),
      ];
    case 'list':
      return listParagraphs(block, ctx);
    case 'blockquote': {
      const inner: Context = { ...ctx, topLevel: ctx.topLevel && ctx.quoteDepth === 0, quoteDepth: ctx.quoteDepth + 1 };
      return block.blocks.flatMap((b) => blockParagraphs(b, inner));
    }
    case 'table':
      return docxTable(block, paragraph, ctx.pictures, ctx.scripts.language);
  }
}

function quoteIndent(ctx: Context) {
  return { left: LIST_INDENT * ctx.quoteDepth, right: LIST_INDENT };
}

function listParagraphs(list: ListBlock, ctx: Context): (Paragraph | Table)[] {
  const level = Math.min(ctx.listLevel + 1, 8);
  const instance = ctx.nextInstance.value++;
  // A numbered document numbers a top-level list's items with its paragraphs, in one sequence.
  const continues = ctx.numbered && ctx.topLevel && ctx.listLevel === -1;
  const reference = continues
    ? PARAGRAPH_NUMBERING
    : list.ordered
      ? orderedNumbering(list.start ?? 1)
      : BULLET_NUMBERING;
  const inner: Context = { ...ctx, topLevel: false, listLevel: level };
  return list.items.flatMap((item) =>
    item.flatMap((block, i) => {
      if (block.type === 'paragraph' && i === 0) {
        return [
          paragraph({
            children: textRuns(block.runs, ctx.scripts),
            ...paragraphDirection(block.runs),
            numbering: continues ? { reference, level: 0, custom: true } : { reference, level, instance },
            ...optional('style', ctx.quoteDepth > 0 ? QUOTE_STYLE : undefined),
          }),
        ];
      }
      if (block.type === 'paragraph') {
        // Later paragraphs of an item line up with its text, without a second bullet.
        return [
          paragraph({
            children: textRuns(block.runs, ctx.scripts),
            ...paragraphDirection(block.runs),
            indent: { left: LIST_INDENT * (level + 1) },
          }),
        ];
      }
      return blockParagraphs(block, inner);
    }),
  );
}
