import { Parser } from 'htmlparser2';
import type { StoryDoc, StoryMark } from '../../../shared/story/doc-types';
import { isSensitiveCategory } from '../../../shared/story/sensitive-categories';
import { newDetailId } from './detail-id';
import { DocBuilder, type ContainerType, type OpenContainer, type TextblockKind } from './doc-builder';
import { stripControlCharacters } from './decode-text';
import { BOUNDARIES, DROPPED, HEADING_LEVEL, PREFORMATTED, SIMPLE_MARK } from './html-elements';
import { importErrors } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';

/** What opening an element did, so closing it can undo exactly that. */
interface Frame {
  drop: boolean;
  boundary: boolean;
  container: OpenContainer | null;
  previousTextblock: TextblockKind | null;
  simpleMark: 'bold' | 'italic' | 'underline' | null;
  sensitive: StoryMark | null;
  preformatted: boolean;
}

const NO_EFFECT: Frame = {
  drop: false,
  boundary: false,
  container: null,
  previousTextblock: null,
  simpleMark: null,
  sensitive: null,
  preformatted: false,
};

export interface HtmlImport {
  doc: StoryDoc;
  /** The first level-1 heading's text outside private notes, if there was one. */
  firstH1: string | null;
}

function containerFor(name: string, attribs: Record<string, string>, inList: boolean): ContainerType | null {
  if ((name === 'div' || name === 'aside') && 'data-private-note' in attribs) return 'privateNote';
  if (name === 'blockquote') return 'blockquote';
  if (name === 'ul' || name === 'menu' || name === 'dir') return 'bulletList';
  if (name === 'ol') return 'orderedList';
  if (name === 'li' && inList) return 'listItem';
  return null;
}

/**
 * Turns HTML (a file, markdown-it's output or mammoth's) into a story document, keeping only what
 * the story model has: text, paragraphs, headings, lists, quotes, line breaks, bold, italic,
 * underline, marked sensitive details and private notes. Every attribute is dropped except the two
 * Harbor itself writes (data-sensitive, data-private-note); links keep their words and lose their
 * target. Streaming (no DOM tree), so deeply nested input costs no recursion.
 */
export function htmlToDoc(html: string): HtmlImport {
  const builder = new DocBuilder();
  const frames: Frame[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  const markDepth = { bold: 0, italic: 0, underline: 0 };
  const sensitiveStack: StoryMark[] = [];

  const activeMarks = (): StoryMark[] | undefined => {
    const marks: StoryMark[] = [];
    if (markDepth.bold) marks.push({ type: 'bold' });
    if (markDepth.italic) marks.push({ type: 'italic' });
    if (markDepth.underline) marks.push({ type: 'underline' });
    const sensitive = sensitiveStack[sensitiveStack.length - 1];
    if (sensitive) marks.push(sensitive);
    return marks.length ? marks : undefined;
  };

  const onOpen = (name: string, attribs: Record<string, string>): Frame => {
    if (dropDepth > 0 || DROPPED.has(name)) {
      dropDepth += 1;
      return { ...NO_EFFECT, drop: true };
    }
    if (name === 'br') {
      builder.hardBreak(activeMarks());
      return NO_EFFECT;
    }
    const frame: Frame = { ...NO_EFFECT };
    // An <li> is an item only directly in a list (or after loose content we wrapped in one);
    // elsewhere, such as inside another item's text, it just ends a line.
    const top = builder.top;
    const inList = top.type === 'bulletList' || top.type === 'orderedList' || (top.type === 'listItem' && top.implicit);
    const type = containerFor(name, attribs, inList);
    // Inside a note, or past the nesting bound, structure flattens into plain paragraphs.
    if (type && !builder.insidePrivateNote && builder.nesting < IMPORT_LIMITS.maxBlockNesting) {
      frame.container = builder.open(type);
    } else if (BOUNDARIES.has(name) || type) {
      builder.flush();
      frame.boundary = true;
    }
    const level = HEADING_LEVEL[name];
    if (level !== undefined || name === 'p' || PREFORMATTED.has(name)) {
      frame.previousTextblock = builder.textblock;
      builder.setTextblock(level !== undefined ? { type: 'heading', level } : { type: 'paragraph' });
    }
    if (PREFORMATTED.has(name)) {
      frame.preformatted = true;
      preDepth += 1;
    }
    const simple = SIMPLE_MARK[name];
    if (simple) {
      frame.simpleMark = simple;
      markDepth[simple] += 1;
    }
    if ('data-sensitive' in attribs) {
      const value = attribs['data-sensitive'];
      frame.sensitive = {
        type: 'sensitive',
        attrs: { category: isSensitiveCategory(value) ? value : 'other', id: newDetailId() },
      };
      sensitiveStack.push(frame.sensitive);
    }
    return frame;
  };

  const onClose = (frame: Frame): void => {
    if (frame.drop) {
      dropDepth -= 1;
      return;
    }
    if (frame.simpleMark) markDepth[frame.simpleMark] -= 1;
    if (frame.sensitive) sensitiveStack.pop();
    if (frame.preformatted) preDepth -= 1;
    if (frame.previousTextblock) builder.setTextblock(frame.previousTextblock);
    if (frame.container) builder.close(frame.container);
    else if (frame.boundary) builder.flush();
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (frames.length >= IMPORT_LIMITS.maxElementDepth) throw importErrors.tooDeep();
        frames.push(onOpen(name, attribs));
      },
      onclosetag() {
        const frame = frames.pop();
        if (frame) onClose(frame);
      },
      ontext(data) {
        if (dropDepth > 0) return;
        const text = stripControlCharacters(data);
        if (text) builder.text(text, activeMarks(), preDepth > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  return { doc: builder.finishDoc(), firstH1: builder.firstH1 };
}
