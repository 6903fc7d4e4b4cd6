import { DOC_LIMITS } from '../../../shared/story/doc-limits';
import type {
  BlockNode,
  HeadingLevel,
  InlineNode,
  ListItemNode,
  ParagraphNode,
  StoryDoc,
  StoryMark,
} from '../../../shared/story/doc-types';
import { importErrors } from './import-errors';

export type ContainerType = 'blockquote' | 'bulletList' | 'orderedList' | 'listItem' | 'privateNote';

/** A container being filled; `implicit` list items wrap loose content found directly in a list. */
export interface OpenContainer {
  type: ContainerType | 'doc';
  content: (BlockNode | ListItemNode)[];
  implicit: boolean;
}

export type TextblockKind = { type: 'paragraph' } | { type: 'heading'; level: HeadingLevel };

const PARAGRAPH: TextblockKind = { type: 'paragraph' };
const sameMarks = (a: StoryMark[] | undefined, b: StoryMark[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Builds a story document from a stream of "open this, some text, close that" events (the HTML
 * importer feeds it). It only ever produces what the schema allows: paragraphs and headings hold
 * inline content, lists hold list items, list items start with a paragraph, private notes hold
 * paragraphs only, and empty containers are dropped. It never recurses, so input nesting cannot
 * reach the stack, and it counts what it makes so a huge input fails with a message.
 */
export class DocBuilder {
  private readonly containers: OpenContainer[] = [{ type: 'doc', content: [], implicit: false }];
  private inline: InlineNode[] = [];
  private inlineKind: TextblockKind = PARAGRAPH;
  private nodes = 1;
  private chars = 0;
  private firstHeading: string | null = null;

  /** Text of the first level-1 heading outside private notes (the importer's title candidate). */
  get firstH1(): string | null {
    return this.firstHeading;
  }

  get top(): OpenContainer {
    return this.containers[this.containers.length - 1]!;
  }

  get insidePrivateNote(): boolean {
    return this.containers.some((c) => c.type === 'privateNote');
  }

  /** Lists, quotes and notes open now (the doc itself not counted). */
  get nesting(): number {
    return this.containers.length - 1;
  }

  private count(n = 1): void {
    this.nodes += n;
    if (this.nodes > DOC_LIMITS.maxNodes) throw importErrors.tooLong();
  }

  private isList(c: OpenContainer): boolean {
    return c.type === 'bulletList' || c.type === 'orderedList';
  }

  /** Blocks cannot sit directly in a list: they get a list item of their own. */
  private ensureBlockPlace(): void {
    if (this.isList(this.top)) this.push('listItem', true);
  }

  private push(type: ContainerType, implicit: boolean): OpenContainer {
    const c: OpenContainer = { type, content: [], implicit };
    this.containers.push(c);
    return c;
  }

  /** Opens a container; returns it so the caller can close exactly that one later. */
  open(type: ContainerType): OpenContainer {
    this.flush();
    if (type === 'listItem') {
      // A new item ends an item we opened ourselves for loose content.
      if (this.top.type === 'listItem' && this.top.implicit) this.closeTop();
    } else {
      this.ensureBlockPlace();
    }
    return this.push(type, false);
  }

  /** Closes `container` and anything opened inside it that is still open. */
  close(container: OpenContainer): void {
    if (!this.containers.includes(container)) return;
    this.flush();
    while (this.containers.length > 1) {
      const top = this.closeTop();
      if (top === container) break;
    }
  }

  private closeTop(): OpenContainer {
    this.flush();
    const c = this.containers.pop()!;
    const node = this.finish(c);
    if (node) {
      this.count();
      if (node.type !== 'listItem') this.ensureBlockPlace();
      this.top.content.push(node);
    }
    return c;
  }

  private finish(c: OpenContainer): BlockNode | ListItemNode | null {
    switch (c.type) {
      case 'listItem': {
        const content = c.content as BlockNode[];
        // An item must start with a paragraph (the editor's rule), even if it holds only a sublist.
        if (content[0]?.type !== 'paragraph') {
          this.count();
          content.unshift({ type: 'paragraph' });
        }
        return { type: 'listItem', content };
      }
      case 'bulletList':
      case 'orderedList':
        return c.content.length ? { type: c.type, content: c.content as ListItemNode[] } : null;
      case 'blockquote':
        return c.content.length ? { type: 'blockquote', content: c.content as BlockNode[] } : null;
      case 'privateNote':
        return c.content.length ? { type: 'privateNote', content: c.content as ParagraphNode[] } : null;
      default:
        return null;
    }
  }

  /** Sets what the text that follows becomes; headings inside a private note stay paragraphs. */
  setTextblock(kind: TextblockKind): void {
    this.flush();
    this.inlineKind = this.insidePrivateNote ? PARAGRAPH : kind;
  }

  get textblock(): TextblockKind {
    return this.inlineKind;
  }

  /** Appends text; whitespace is collapsed as a browser would unless `preformatted`. */
  text(raw: string, marks: StoryMark[] | undefined, preformatted: boolean): void {
    if (preformatted) {
      const lines = raw.replace(/\r\n?/g, '\n').split('\n');
      lines.forEach((line, i) => {
        if (i > 0) this.hardBreak(marks);
        if (line) this.appendText(line, marks);
      });
      return;
    }
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    const last = this.inline[this.inline.length - 1];
    const atLineStart = !last || last.type === 'hardBreak' || last.text.endsWith(' ');
    if (atLineStart) text = text.replace(/^ /, '');
    if (text) this.appendText(text, marks);
  }

  private appendText(text: string, marks: StoryMark[] | undefined): void {
    this.chars += text.length;
    if (this.chars > DOC_LIMITS.maxTextChars) throw importErrors.tooLong();
    const last = this.inline[this.inline.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      last.text += text;
      return;
    }
    this.count();
    this.inline.push(marks?.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  hardBreak(marks: StoryMark[] | undefined): void {
    const last = this.inline[this.inline.length - 1];
    if (last?.type === 'text') {
      last.text = last.text.replace(/ +$/, '');
      if (!last.text) this.inline.pop();
    }
    this.count();
    this.inline.push(marks?.length ? { type: 'hardBreak', marks } : { type: 'hardBreak' });
  }

  /** Ends the current paragraph or heading (a block boundary: `</p>`, `<div>`, `<li>` …). */
  flush(): void {
    const inline = this.inline;
    this.inline = [];
    // Line breaks at the edges of a block and trailing spaces carry nothing.
    while (inline.length && inline[inline.length - 1]!.type === 'hardBreak') inline.pop();
    while (inline.length && inline[0]!.type === 'hardBreak') inline.shift();
    const last = inline[inline.length - 1];
    if (last?.type === 'text') {
      last.text = last.text.replace(/ +$/, '');
      if (!last.text) inline.pop();
    }
    if (inline.length === 0) return;
    const kind = this.insidePrivateNote ? PARAGRAPH : this.inlineKind;
    this.count();
    this.ensureBlockPlace();
    if (kind.type === 'heading') {
      if (kind.level === 1 && this.firstHeading === null) {
        this.firstHeading = inline.map((n) => (n.type === 'text' ? n.text : ' ')).join('');
      }
      this.top.content.push({ type: 'heading', attrs: { level: kind.level }, content: inline });
    } else {
      this.top.content.push({ type: 'paragraph', content: inline });
    }
  }

  /** Closes everything still open and returns the document. */
  finishDoc(): StoryDoc {
    this.flush();
    while (this.containers.length > 1) this.closeTop();
    const content = this.containers[0]!.content as BlockNode[];
    return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  }
}
