import type { StorySummaryView } from '../../../../shared/ipc/contract';

export const SORT_KEYS = ['edited', 'title', 'length'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const byEdited = (a: StorySummaryView, b: StorySummaryView) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * The library's order: most recently edited first, by title in the reader's language (untitled
 * stories last), or longest first. Ties fall back to most recently edited so the order is stable.
 */
export function sortStories(stories: readonly StorySummaryView[], key: SortKey, locale: string): StorySummaryView[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const compare: Record<SortKey, (a: StorySummaryView, b: StorySummaryView) => number> = {
    edited: byEdited,
    title: (a, b) => {
      const ta = a.title.trim();
      const tb = b.title.trim();
      if (!ta !== !tb) return ta ? -1 : 1;
      return collator.compare(ta, tb) || byEdited(a, b);
    },
    length: (a, b) => b.wordCount - a.wordCount || byEdited(a, b),
  };
  return [...stories].sort(compare[key]);
}

/** Every tag used in these stories, once each, in the reader's alphabetical order. */
export function allTags(stories: readonly StorySummaryView[], locale: string): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...new Set(stories.flatMap((s) => s.tags))].sort(collator.compare);
}

export function withTag(stories: readonly StorySummaryView[], tag: string | null): StorySummaryView[] {
  return tag ? stories.filter((s) => s.tags.includes(tag)) : [...stories];
}
