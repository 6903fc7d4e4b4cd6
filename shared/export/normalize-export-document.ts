import { HarborError } from '../errors';
import { cleanInline, cleanLine } from './clean-text';
import type { Block, ExportDocument, InlineRun } from './export-document';
import { mergeRuns } from './merge-runs';
import { optional } from '../core/optional';
import { podiumBlocks } from './podium';

/** Lists and quotes nest deeper than this only by accident (or to exhaust the stack). */
export const MAX_NESTING = 32;

export interface NormalizeOptions {
  /** The preview keeps each run's `change` flag; renderers never do (the default). */
  keepChanges?: boolean;
}

/**
 * Both renderers start here, whoever built the document: text cleaned of characters that break
 * Word or PDF, runs merged, empty fields and blocks dropped, absurd nesting refused, preview-only
 * flags removed.
 */
export function normalizeExportDocument(doc: ExportDocument, options: NormalizeOptions = {}): ExportDocument {
  const keepChanges = options.keepChanges === true;
  const line = (s: string | null | undefined) => {
    const cleaned = s == null ? '' : cleanLine(s).trim();
    return cleaned === '' ? null : cleaned;
  };
  const lines = (list: string[] | undefined) => (list ?? []).map(line).filter((s): s is string => s !== null);
  const coverNote = doc.coverNote == null ? '' : cleanInline(doc.coverNote).trim();
  const podium = doc.layout === 'podium';
  const blocks = normalizeBlocks(doc.blocks, 0, keepChanges);
  return {
    language: doc.language === 'es' ? 'es' : 'en',
    ...optional('layout', podium ? ('podium' as const) : undefined),
    title: line(doc.title),
    byline: line(doc.byline),
    headingBlock: lines(doc.headingBlock),
    captionCentered: doc.captionCentered === true,
    ...optional('titleFirst', doc.titleFirst === true ? true : undefined),
    salutation: line(doc.salutation) ?? undefined,
    coverNote: coverNote === '' ? undefined : coverNote,
    blocks: podium ? podiumBlocks(blocks) : blocks,
    numberedParagraphs: doc.numberedParagraphs === true,
    signature: lines(doc.signature),
    ...optional('runningHeader', line(doc.runningHeader) ?? undefined),
    ...optional('identity', line(doc.identity) ?? undefined),
    paper: doc.paper === 'a4' ? 'a4' : 'letter',
  };
}

function normalizeRuns(runs: InlineRun[], keepChanges: boolean): InlineRun[] {
  const cleaned = mergeRuns(
    runs.map(({ change, ...r }) => ({
      ...r,
      text: cleanInline(r.text),
      ...optional('change', keepChanges ? change : undefined),
    })),
  );
  return cleaned.some((r) => r.text.trim() !== '') ? cleaned : [];
}

function normalizeBlocks(blocks: Block[], depth: number, keepChanges: boolean): Block[] {
  if (depth > MAX_NESTING) {
    throw new HarborError('invalid_input', { key: 'export.nestedTooDeep', params: { max: MAX_NESTING } });
  }
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph': {
        const runs = normalizeRuns(block.runs, keepChanges);
        return runs.length ? [{ type: 'paragraph', runs }] : [];
      }
      case 'heading': {
        const runs = normalizeRuns(block.runs, keepChanges);
        if (!runs.length) return [];
        const heading: Block = { type: 'heading', level: block.level, runs };
        return [block.timeMark === true ? { ...heading, timeMark: true } : heading];
      }
      case 'list': {
        const items = block.items
          .map((item) => normalizeBlocks(item, depth + 1, keepChanges))
          .filter((i) => i.length > 0);
        const start =
          block.start !== undefined && Number.isInteger(block.start) && block.start > 1 ? block.start : undefined;
        return items.length ? [{ type: 'list', ordered: block.ordered, ...optional('start', start), items }] : [];
      }
      case 'blockquote': {
        const inner = normalizeBlocks(block.blocks, depth + 1, keepChanges);
        return inner.length ? [{ type: 'blockquote', blocks: inner }] : [];
      }
      case 'table':
        return block.rows.length ? [block] : [];
    }
  });
}
