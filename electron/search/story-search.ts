import MiniSearch from 'minisearch';
import { docToPlainText } from '../../shared/story';
import type { StoryDoc } from '../../shared/story/doc-types';
import type { StoryChange } from '../stories/story-change';

export interface SearchableStory {
  id: string;
  title: string;
  text: string;
}

export interface SearchHit {
  id: string;
  title: string;
  /** A short excerpt around the first match. */
  snippet: string;
  /** The words that matched, for highlighting in the UI. */
  terms: string[];
  score: number;
}

const SNIPPET_RADIUS = 80;
const MIN_PREFIX_LENGTH = 3;

/** Lower-case and strip accents so "Jose" finds "José" and "MARIA" finds "María". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function snippetAround(text: string, terms: string[]): string {
  const folded = foldForSearch(text);
  let at = -1;
  for (const term of terms) {
    const i = folded.indexOf(foldForSearch(term));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, SNIPPET_RADIUS * 2).trim();
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * Full-text search over the unlocked stories, held only in memory: built on unlock, brought up to
 * date with every save, dropped on lock. Nothing of it is ever written to disk.
 *
 * A save does not wait for the index: indexing a book-length story again costs tens of
 * milliseconds, and autosave commits one every few seconds while someone writes. A saved story is
 * remembered as it is and indexed when the next search asks, once however many saves came between.
 */
export class StorySearch {
  private index = this.createIndex();
  private texts = new Map<string, SearchableStory>();
  /** Bumped by clear(), so a rebuild in slices stops when the vault locks under it. */
  private generation = 0;
  /** Stories removed while a rebuild in slices runs: its older list must not bring them back. */
  private removed = new Set<string>();
  /** Saved since the index last caught up (newest save of each story), indexed at the next search. */
  private unindexed = new Map<string, { id: string; title: string; doc: StoryDoc }>();

  private createIndex() {
    return new MiniSearch<SearchableStory>({
      fields: ['title', 'text'],
      storeFields: [],
      processTerm: (term) => foldForSearch(term) || null,
      searchOptions: {
        // A word of one or two letters is taken as it is: as a prefix it matches a large share of
        // the vocabulary (slow over a big library, and no help to the writer).
        prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
        fuzzy: 0.15,
        boost: { title: 2 },
        combineWith: 'AND',
      },
    });
  }

  rebuild(stories: SearchableStory[]): void {
    this.clear();
    for (const s of stories) this.texts.set(s.id, s);
    this.index.addAll(stories);
  }

  /**
   * Like rebuild, but a slice at a time with the event loop free in between: indexing a thousand
   * long stories takes seconds, and on unlock the library must answer meanwhile. A story saved or
   * removed while the stories are read or indexed keeps its newer state.
   */
  async rebuildInSlices(read: () => Promise<SearchableStory[]>, sliceSize = 25): Promise<void> {
    this.clear();
    const generation = this.generation;
    const stories = await read();
    if (generation !== this.generation) return;
    for (let i = 0; i < stories.length; i += sliceSize) {
      for (const s of stories.slice(i, i + sliceSize)) {
        if (this.texts.has(s.id) || this.removed.has(s.id)) continue;
        this.texts.set(s.id, s);
        this.index.add(s);
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) return;
    }
    this.removed.clear();
  }

  /** Indexes what was saved since the last search. */
  private catchUp(): void {
    const saved = [...this.unindexed.values()];
    this.unindexed.clear();
    for (const { id, title, doc } of saved) this.upsert({ id, title, text: docToPlainText(doc) });
  }

  upsert(story: SearchableStory): void {
    this.unindexed.delete(story.id);
    if (this.texts.has(story.id)) this.index.discard(story.id);
    this.texts.set(story.id, story);
    this.index.add(story);
  }

  /** Follows the story service: a story in the Trash or deleted is not found; any other is as saved. */
  apply(change: StoryChange): void {
    if (change.kind === 'removed' || change.story.trashedAt) {
      this.remove(change.kind === 'removed' ? change.id : change.story.id);
      return;
    }
    const { id, title, doc } = change.story;
    this.unindexed.set(id, { id, title, doc });
  }

  remove(id: string): void {
    this.unindexed.delete(id);
    this.removed.add(id);
    if (!this.texts.has(id)) return;
    this.index.discard(id);
    this.texts.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    this.catchUp();
    return this.index
      .search(q)
      .slice(0, limit)
      .map((r) => {
        const story = this.texts.get(String(r.id))!;
        return {
          id: story.id,
          title: story.title,
          snippet: snippetAround(story.text, r.terms),
          terms: r.terms,
          score: r.score,
        };
      });
  }

  clear(): void {
    this.generation += 1;
    this.index = this.createIndex();
    this.texts.clear();
    this.removed.clear();
    this.unindexed.clear();
  }

  /** How many stories can be found. */
  get size(): number {
    this.catchUp();
    return this.texts.size;
  }
}
