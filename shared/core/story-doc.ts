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

export interface TextNode {
  type: 'text';
  text: string;
  marks?: StoryMark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
  marks?: StoryMark[];
}

export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: HeadingLevel };
  content?: InlineNode[];
}

export type HeadingLevel = 1 | 2 | 3;

export interface ListItemNode {
  type: 'listItem';
  content?: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content?: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  /** TipTap writes `type: null` unless the list uses letters or roman numerals. */
  attrs?: { start?: number; type?: string | null };
  content?: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content?: BlockNode[];
}

/** Notes to self: kept in the vault, shown in the editor, never exported. */
export interface PrivateNoteNode {
  type: 'privateNote';
  content?: ParagraphNode[];
}

export type BlockNode =
  ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode | PrivateNoteNode;

export interface StoryDoc {
  type: 'doc';
  content?: BlockNode[];
}

export type StoryNode = StoryDoc | BlockNode | ListItemNode | InlineNode;
export type NodeType = StoryNode['type'];

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
 * Any node of a document, structurally: what the consent transform, the release gate and export
 * walk. A StoryDoc is one; so is a testimony's body built from template text.
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
