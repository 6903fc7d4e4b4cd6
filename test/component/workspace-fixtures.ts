import type { RevisionView, StorySummaryView, StoryView } from '../../shared/ipc/contract';

/** A story summary as story:list answers it. */
export function summary(over: Partial<StorySummaryView> & { id: string; title: string }): StorySummaryView {
  return {
    tags: [],
    updatedAt: '2025-01-01T10:00:00.000Z',
    wordCount: 0,
    trashedAt: null,
    revision: 1,
    ...over,
  };
}

/** A TipTap document made of plain paragraphs. */
export function docOf(...paragraphs: string[]): StoryView['doc'] {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

export function storyView(over: Partial<StoryView> & { id: string }): StoryView {
  return {
    title: '',
    tags: [],
    updatedAt: '2025-01-01T10:00:00.000Z',
    createdAt: '2025-01-01T09:00:00.000Z',
    wordCount: 0,
    trashedAt: null,
    revision: 1,
    doc: docOf(''),
    ...over,
  };
}

export const revision = (n: number, savedAt: string, revisionName?: string): RevisionView =>
  revisionName ? { revision: n, savedAt, revisionName } : { revision: n, savedAt };
