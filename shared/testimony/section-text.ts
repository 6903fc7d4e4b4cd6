import type { BlockNode, BulletListNode, InlineNode, ParagraphNode } from '../core/story-doc';

/**
 * A section is typed in a plain text area: a blank line starts a new paragraph, a single line
 * break stays a line break, and lines starting with "-", "*" or "•" are bullet points. In a
 * 'bullets' section every line is a bullet point.
 */
const BULLET = /^\s*[-*•]\s+/;

function inline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push({ type: 'hardBreak' });
    if (line !== '') nodes.push({ type: 'text', text: line });
  });
  return nodes;
}

const paragraph = (text: string): ParagraphNode => ({ type: 'paragraph', content: inline(text) });
const bulletList = (items: string[]): BulletListNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

export function sectionTextToNodes(text: string, format: 'paragraphs' | 'bullets' = 'paragraphs'): BlockNode[] {
  const nodes: BlockNode[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (format === 'bullets') {
      nodes.push(bulletList(lines.map((l) => l.replace(BULLET, '').trim())));
      continue;
    }
    // Paragraph lines first, then any run of bullet lines becomes one list.
    let prose: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (prose.length) nodes.push(paragraph(prose.join('\n')));
      if (bullets.length) nodes.push(bulletList(bullets));
      prose = [];
      bullets = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        if (prose.length) {
          nodes.push(paragraph(prose.join('\n')));
          prose = [];
        }
        bullets.push(line.replace(BULLET, '').trim());
      } else {
        if (bullets.length) {
          nodes.push(bulletList(bullets));
          bullets = [];
        }
        prose.push(line.trim());
      }
    }
    flush();
  }
  return nodes;
}
