import type { DocumentLanguage } from '../core/export-formats';
import type { TableBlock } from './table-block';

export type { TableBlock } from './table-block';

/**
 * What an export holds once consent has been applied: the only input the DOCX and PDF renderers
 * accept. Everything in it is meant to leave the vault; nothing else may reach a file.
 */
export type ExportLanguage = DocumentLanguage;
export type Paper = 'letter' | 'a4';

/** A stretch of text with one formatting. A line break inside a paragraph is the text "\n". */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /**
   * Preview only: what the consent transform put here (a placeholder or the chosen identity), so
   * "What leaves Harbor" can highlight it. Renderers drop it (normalizeExportDocument).
   */
  change?: RunChange;
}

export type RunChange = 'redacted' | 'identity';

export interface ParagraphBlock {
  type: 'paragraph';
  runs: InlineRun[];
}

export type SectionLevel = 1 | 2 | 3;

export interface SectionHeading {
  type: 'heading';
  level: SectionLevel;
  runs: InlineRun[];
  /**
   * A spoken script's section start ("0:45"), Harbor's own words: set as a small upright line
   * before the section instead of a heading. It travels in the body, through the same release gate.
   */
  timeMark?: boolean;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list (1 when absent). */
  start?: number;
  /** Each item is a sequence of blocks: its paragraphs and any nested lists. */
  items: Block[][];
}

export interface QuoteBlock {
  type: 'blockquote';
  blocks: Block[];
}

export type Block = ParagraphBlock | SectionHeading | ListBlock | QuoteBlock | TableBlock;

/**
 * How the page is set. `podium`: a spoken script read aloud at a hearing (large type, wide line
 * spacing, short paragraphs, quotations upright); `standard` (the default): written testimony.
 */
export type DocumentLayout = 'standard' | 'podium';

export interface ExportDocument {
  language: ExportLanguage;
  layout?: DocumentLayout;
  /** Only a title the writer approved for this export; null prints none and leaves metadata empty. */
  title: string | null;
  byline: string | null;
  /** Lines at the top, e.g. "M. • SB 123 • 1 March 2027" or "Written evidence submitted by M.". */
  headingBlock?: string[];
  /** The heading block is a caption: centred and bold (a US Congress statement). */
  captionCentered?: boolean;
  /** The title is printed above the heading block, not below it (a briefing: title, audience, date). */
  titleFirst?: boolean;
  /** e.g. "Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:". */
  salutation?: string;
  /** The consent terms printed ahead of the text, when the grant asks for it. */
  coverNote?: string;
  blocks: Block[];
  /** Number the body's top-level paragraphs 1., 2., … (UK select committees ask for it). */
  numberedParagraphs?: boolean;
  signature?: string[];
  /**
   * The header of every page after the first, before its "Page 2 of 5": the witness as the consent
   * allows and the bill ("M. R. • SB 1042"). Without it, pages carry only their number, at the foot.
   */
  runningHeader?: string;
  /**
   * The witness as the consent shows them ("M. R.", a pseudonym): never printed from here, only
   * recognised, so that in a right-to-left paragraph it is isolated like a placeholder.
   */
  identity?: string;
  paper: Paper;
}

export const LINE_BREAK = '\n';
