import { CHANGE_MARK, type DocNode as PMNode } from '../core/story-doc';
import { HarborError } from '../errors';
import { cleanInline } from './clean-text';
import { LINE_BREAK, type Block, type InlineRun, type SectionLevel } from './export-document';
import { mergeRuns } from './merge-runs';

/**
 * Defence in depth: applyConsent must have run first. A `sensitive` mark or a `privateNote` still
 * present means the consent transform was skipped, so refuse rather than guess.
 */
export function assertConsentApplied(node: PMNode): void {
  if (node.type === 'privateNote' || node.marks?.some((m) => m.type === 'sensitive')) {
    throw new HarborError('internal', 'export.consentNotApplied');
  }
  node.content?.forEach(assertConsentApplied);
}

/** Converts consent-transformed TipTap JSON into export blocks (the body only: no title, no byline). */
export function fromDoc(doc: PMNode): Block[] {
  assertConsentApplied(doc);
  return blocksOf(doc.content ?? []);
}

const isInline = (n: PMNode) => n.type === 'text' || n.type === 'hardBreak';

function blocksOf(nodes: PMNode[]): Block[] {
  return nodes.flatMap(blockOf);
}

function blockOf(node: PMNode): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'codeBlock':
      return paragraph(runsOf(node.content ?? []));
    case 'heading': {
      const runs = runsOf(node.content ?? []);
      if (!hasText(runs)) return [];
      const heading: Block = { type: 'heading', level: headingLevel(node.attrs?.level), runs };
      return [node.attrs?.timeMark === true ? { ...heading, timeMark: true } : heading];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => blocksOf(item.content ?? [])).filter((b) => b.length > 0);
      if (items.length === 0) return [];
      const ordered = node.type === 'orderedList';
      const start = Number(node.attrs?.start);
      return [
        ordered && Number.isInteger(start) && start > 1
          ? { type: 'list', ordered, start, items }
          : { type: 'list', ordered, items },
      ];
    }
    case 'blockquote': {
      const blocks = blocksOf(node.content ?? []);
      return blocks.length ? [{ type: 'blockquote', blocks }] : [];
    }
    case 'horizontalRule':
      return [];
    default:
      // A node type this module does not know yet: keep its words rather than silently losing
      // them (consent already decided they may leave), but never its attributes.
      if (!node.content) return node.type === 'text' ? paragraph(runsOf([node])) : [];
      return node.content.some(isInline) ? paragraph(runsOf(node.content)) : blocksOf(node.content);
  }
}

function paragraph(runs: InlineRun[]): Block[] {
  // Empty paragraphs are spacing in the editor; in an export they would take a paragraph number.
  return hasText(runs) ? [{ type: 'paragraph', runs }] : [];
}

const hasText = (runs: InlineRun[]) => runs.some((r) => r.text.trim() !== '');

function headingLevel(level: unknown): SectionLevel {
  const n = Number(level);
  return n >= 3 ? 3 : n === 2 ? 2 : 1;
}

function runsOf(nodes: PMNode[]): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') runs.push({ text: LINE_BREAK });
    else if (node.type === 'text' && typeof node.text === 'string') runs.push(runOf(node, node.text));
    // Unknown inline nodes (mentions, images…) carry attributes, not consented text: dropped.
    else if (node.content) runs.push(...runsOf(node.content));
  }
  return mergeRuns(runs);
}

function runOf(node: PMNode, text: string): InlineRun {
  const marks = new Set((node.marks ?? []).map((m) => m.type));
  const run: InlineRun = { text: cleanInline(text) };
  if (marks.has('bold')) run.bold = true;
  if (marks.has('italic')) run.italic = true;
  if (marks.has('underline')) run.underline = true;
  const change = node.marks?.find((m) => m.type === CHANGE_MARK)?.attrs?.change;
  if (change === 'redacted' || change === 'identity') run.change = change;
  return run;
}
