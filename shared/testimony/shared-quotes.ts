import type { DocumentLanguage } from '../consent/placeholders';
import { attributeExcerpts, UNTITLED_SHARED, type BriefingExcerpt } from '../share/check-excerpts';
import type { SharedStoryView } from '../share/share-views';
import type { BlockNode, BlockquoteNode, ParagraphNode } from '../story/doc-types';
import { docToPlainText } from '../story/plain-text';
import type { SharedExcerpt, TestimonyData } from './testimony-data';

/** What a briefing needs of a shared story to quote, check and credit it. */
export type SharedQuoteSource = Pick<SharedStoryView, 'id' | 'title' | 'terms' | 'revokedAt' | 'doc'>;
/** By shared story id; a story missing here is no longer in the vault (or not loaded yet). */
export type SharedQuoteSources = ReadonlyMap<string, SharedQuoteSource>;

type WithSections = Pick<TestimonyData, 'sections' | 'template'>;

export { UNTITLED_SHARED };

/** Every shared excerpt, in the order the document prints them (the numbers refusals use). */
export function sharedExcerptsInOrder(t: WithSections): SharedExcerpt[] {
  return t.template.sections.flatMap((s) => t.sections[s.id]?.shared ?? []);
}

/** The shared excerpts as the consent check and the credits see them. */
export function briefingExcerpts(
  t: WithSections,
  sources: SharedQuoteSources,
  lang: DocumentLanguage,
): BriefingExcerpt[] {
  return sharedExcerptsInOrder(t).map((e) => {
    const source = sources.get(e.sharedStoryId);
    return {
      id: e.id,
      sharedStoryId: e.sharedStoryId,
      sourceLabel: source?.title?.trim() || UNTITLED_SHARED[lang],
      untitled: !source?.title?.trim(),
      terms: source?.terms ?? null,
      revokedAt: source?.revokedAt ?? null,
    };
  });
}

/** The received text's top-level blocks an excerpt quotes; empty once the writer withdrew it. */
export function quotedBlocks(excerpt: SharedExcerpt, source: SharedQuoteSource | undefined): BlockNode[] {
  const all = (source?.doc?.content ?? []) as BlockNode[];
  return excerpt.blocks.flatMap((i) => (all[i] ? [all[i]] : []));
}

export function sharedExcerptText(excerpt: SharedExcerpt, source: SharedQuoteSource | undefined): string {
  return docToPlainText({ type: 'doc', content: quotedBlocks(excerpt, source) });
}

/** The credit line under a quote: "— M. R.", "— Anonymous". */
export const creditLine = (name: string) => `\u2014 ${name}`;

/**
 * Each shared excerpt as the document prints it: a block quote of the words as received, ending
 * with the credit its writer's identity choice gives, in the document's language. Keyed by excerpt id;
 * an excerpt with no words left (withdrawn, gone) has none.
 */
export function sharedQuoteNodes(
  t: WithSections,
  sources: SharedQuoteSources,
  lang: DocumentLanguage,
): Map<string, BlockquoteNode> {
  const credits = new Map(
    attributeExcerpts(briefingExcerpts(t, sources, lang), lang).map((a) => [a.excerptId, a.name]),
  );
  const nodes = new Map<string, BlockquoteNode>();
  for (const e of sharedExcerptsInOrder(t)) {
    const blocks = quotedBlocks(e, sources.get(e.sharedStoryId));
    if (blocks.length === 0) continue;
    const credit: ParagraphNode = {
      type: 'paragraph',
      content: [{ type: 'text', text: creditLine(credits.get(e.id) ?? ''), marks: [{ type: 'italic' }] }],
    };
    nodes.set(e.id, { type: 'blockquote', content: [...blocks, credit] });
  }
  return nodes;
}
