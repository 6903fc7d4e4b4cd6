import { DOC_LIMITS } from './doc-limits';
import type { LooseNode } from './doc-types';

export interface PlainTextOptions {
  /**
   * Notes to self are left out unless asked for: plain text feeds word counts, speaking time and
   * search, and none of those should count what will never be read out or exported.
   */
  includePrivateNotes?: boolean;
  /**
   * For a person reading the text (the command line's `story show`): bullets and numbers before
   * list items, "> " before quoted lines, and "[private note]" before each note's paragraph.
   * Off by default because list numbers would otherwise count as words.
   */
  forReading?: boolean;
}

export const PRIVATE_NOTE_LABEL = '[private note]';

const asNode = (v: unknown): LooseNode | null => (typeof v === 'object' && v !== null ? (v as LooseNode) : null);
const childrenOf = (node: LooseNode): LooseNode[] =>
  Array.isArray(node.content) ? node.content.map(asNode).filter((n): n is LooseNode => n !== null) : [];

function inlineText(node: LooseNode): string {
  let out = '';
  for (const child of childrenOf(node)) {
    if (child.type === 'text' && typeof child.text === 'string') out += child.text;
    else if (child.type === 'hardBreak') out += '\n';
  }
  return out;
}

const prefixLines = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n');

/**
 * The story as text: one block per paragraph or heading, blocks separated by a blank line, list
 * items on their own lines, hard breaks as newlines. Accepts the looser shape the editor and the
 * IPC contract carry, and ignores anything it does not recognise rather than failing.
 */
export function docToPlainText(doc: LooseNode, opts: PlainTextOptions = {}): string {
  const reading = opts.forReading === true;

  const blocks = (nodes: LooseNode[], depth: number, inNote: boolean): string[] =>
    nodes.flatMap((node) => block(node, depth, inNote));

  const block = (node: LooseNode, depth: number, inNote: boolean): string[] => {
    // Validated documents never come close; this only keeps a hostile one off the stack.
    if (depth > DOC_LIMITS.maxDepth) return [];
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const text = inlineText(node);
        return [reading && inNote ? `${PRIVATE_NOTE_LABEL} ${text}` : text];
      }
      case 'bulletList':
      case 'orderedList':
        return [list(node, depth, inNote)];
      case 'blockquote': {
        const inner = blocks(childrenOf(node), depth + 1, inNote);
        return reading ? inner.map((b) => prefixLines(b, '> ', '> ')) : inner;
      }
      case 'privateNote':
        return opts.includePrivateNotes ? blocks(childrenOf(node), depth + 1, true) : [];
      case 'listItem':
        return blocks(childrenOf(node), depth + 1, inNote);
      default:
        return [];
    }
  };

  const list = (node: LooseNode, depth: number, inNote: boolean): string => {
    const attrs = (node.attrs ?? {}) as { start?: unknown };
    let n = typeof attrs.start === 'number' && Number.isInteger(attrs.start) ? attrs.start : 1;
    const lines: string[] = [];
    for (const item of childrenOf(node)) {
      const text = blocks(childrenOf(item), depth + 2, inNote).join('\n');
      if (!reading) {
        lines.push(text);
        continue;
      }
      const marker = node.type === 'orderedList' ? `${n++}. ` : '• ';
      lines.push(prefixLines(text, marker, ' '.repeat(marker.length)));
    }
    return lines.join('\n');
  };

  // Empty paragraphs are the editor's spacing, not text.
  return blocks(childrenOf(doc), 1, false)
    .filter((b) => b.trim() !== '')
    .join('\n\n');
}
