import type { SensitiveCategory } from './sensitive-categories';

/**
 * A story as the editor (TipTap 3 / ProseMirror) saves it: JSON, node by node. Only these node and
 * mark types exist; anything else (links, images, tables, code) has no place to land, so it cannot
 * reach the vault, the search index or an export.
 */

export interface SimpleMark {
  type: 'bold' | 'italic' | 'underline';
}

/** A marked detail (a name, a place …) that export can redact; the id joins the parts of one detail. */
export interface SensitiveMark {
  type: 'sensitive';
  attrs: { category: SensitiveCategory; id: string };
}

export type StoryMark = SimpleMark | SensitiveMark;
export type MarkType = StoryMark['type'];

/**
 * The node types take the marks they may carry: a stored story has StoryMark; what the release gate
 * returns has ReleasedMark (no sensitive mark left, a change flag for the preview).
 */
export interface TextNode<M = StoryMark> {
  type: 'text';
  text: string;
  marks?: M[];
}

export interface HardBreakNode<M = StoryMark> {
  type: 'hardBreak';
  marks?: M[];
}

export type InlineNode<M = StoryMark> = TextNode<M> | HardBreakNode<M>;

export interface ParagraphNode<M = StoryMark> {
  type: 'paragraph';
  content?: InlineNode<M>[];
}

export interface HeadingNode<M = StoryMark> {
  type: 'heading';
  /** timeMark: a spoken script's section start, written by Harbor (never read from a stored story). */
  attrs: { level: HeadingLevel; timeMark?: boolean };
  content?: InlineNode<M>[];
}

export type HeadingLevel = 1 | 2 | 3;

export interface ListItemNode<M = StoryMark> {
  type: 'listItem';
  content?: BlockNode<M>[];
}

export interface BulletListNode<M = StoryMark> {
  type: 'bulletList';
  content?: ListItemNode<M>[];
}

export interface OrderedListNode<M = StoryMark> {
  type: 'orderedList';
  /** TipTap writes `type: null` unless the list uses letters or roman numerals. */
  attrs?: { start?: number; type?: string | null };
  content?: ListItemNode<M>[];
}

export interface BlockquoteNode<M = StoryMark> {
  type: 'blockquote';
  content?: BlockNode<M>[];
}

/** Notes to self: kept in the vault, shown in the editor, never exported. */
export interface PrivateNoteNode<M = StoryMark> {
  type: 'privateNote';
  content?: ParagraphNode<M>[];
}

export type BlockNode<M = StoryMark> =
  ParagraphNode<M> | HeadingNode<M> | BulletListNode<M> | OrderedListNode<M> | BlockquoteNode<M> | PrivateNoteNode<M>;

export interface StoryDoc<M = StoryMark> {
  type: 'doc';
  content?: BlockNode<M>[];
}

export type StoryNode<M = StoryMark> = StoryDoc<M> | BlockNode<M> | ListItemNode<M> | InlineNode<M>;
export type NodeType = StoryNode['type'];

/** Any node as a walk over the tree reads it: a leaf is one without content, a block one without marks. */
export type WalkedNode<M = StoryMark> = StoryNode<M> & {
  content?: readonly StoryNode<M>[];
  marks?: readonly M[];
};

export const NODE_TYPES: readonly NodeType[] = [
  'doc',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'privateNote',
  'hardBreak',
  'text',
];

export const MARK_TYPES: readonly MarkType[] = ['bold', 'italic', 'underline', 'sensitive'];

/**
 * What the story model's readers (plain text, word count, details) accept: the stored shape, or
 * the looser one the IPC contract and the editor hand around before validation.
 */
export interface LooseNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  marks?: readonly unknown[];
  content?: readonly unknown[];
}

/**
 * Any node of a document, structurally: what export reads defensively once the consent is applied
 * (an unknown node keeps its words, never its attributes). A ReleasedDoc is one.
 */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface DocNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: DocMark[];
  content?: DocNode[];
}

/** The mark the consent transform puts on a run it changed (preview only; renderers drop it). */
export const CHANGE_MARK = 'harborExportChange';

export interface ChangeMark {
  type: typeof CHANGE_MARK;
  attrs: { change: 'redacted' | 'identity' };
}

/** The marks text keeps once the consent is applied: no sensitive mark leaves Harbor. */
export type ReleasedMark = SimpleMark | ChangeMark;
/** A story as the release gate returns it: private notes dropped, withheld details replaced. */
export type ReleasedDoc = StoryDoc<ReleasedMark>;
