import { describe, expect, it } from 'vitest';
import { StorySearch } from '../../../electron/search/story-search';
import type { Story } from '../../../shared/story/story-summary';
import { doc, para, text } from '../../support/doc-fixtures';

const stories = [
  { id: 'a', title: 'The night we left', text: 'We took the bus from the station at midnight. María held my hand.' },
  { id: 'b', title: 'Work', text: 'The employer kept our passports in a locked drawer.' },
  { id: 'c', title: 'What would have helped', text: 'A hotline number printed in Spanish, in the restroom.' },
];

describe('story search', () => {
  it('finds a word typed earlier, in title or text, and says where', () => {
    const search = new StorySearch();
    search.rebuild(stories);
    const hits = search.search('passports');
    expect(hits.map((h) => h.id)).toEqual(['b']);
    expect(hits[0]!.snippet).toContain('passports');
    expect(search.search('night').map((h) => h.id)).toEqual(['a']);
  });

  it('ignores accents and case, and matches prefixes', () => {
    const search = new StorySearch();
    search.rebuild(stories);
    expect(search.search('MARIA').map((h) => h.id)).toEqual(['a']);
    expect(search.search('hotl').map((h) => h.id)).toEqual(['c']);
  });

  it('takes words of one or two letters whole, and longer ones as the start of a word', () => {
    const search = new StorySearch();
    search.rebuild([...stories, { id: 'd', title: 'Letters', text: 'Yo y mi hermana.' }]);
    expect(search.search('m')).toEqual([]);
    expect(search.search('y').map((h) => h.id)).toEqual(['d']);
    expect(search.search('mi').map((h) => h.id)).toEqual(['d']);
    expect(search.search('mid').map((h) => h.id)).toEqual(['a']);
  });

  it('requires every word of the query', () => {
    const search = new StorySearch();
    search.rebuild(stories);
    expect(search.search('bus midnight').map((h) => h.id)).toEqual(['a']);
    expect(search.search('bus passports')).toEqual([]);
  });

  it('follows edits and deletions, and forgets everything when cleared', () => {
    const search = new StorySearch();
    search.rebuild(stories);
    search.upsert({ id: 'b', title: 'Work', text: 'They took our documents.' });
    expect(search.search('passports')).toEqual([]);
    expect(search.search('documents').map((h) => h.id)).toEqual(['b']);
    search.remove('a');
    expect(search.search('night')).toEqual([]);
    search.clear();
    expect(search.size).toBe(0);
    expect(search.search('documents')).toEqual([]);
  });

  it('rebuilt in slices on unlock: answers between slices, and saves or removals meanwhile win', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      id: `s${i}`,
      title: `Story ${i}`,
      text: `harbour number ${i}`,
    }));
    const search = new StorySearch();
    let release!: () => void;
    const read = new Promise<void>((r) => (release = r));
    const done = search.rebuildInSlices(async () => {
      await read;
      return many;
    }, 10);
    // Trashed and edited while the stories were still being read.
    search.remove('s3');
    search.upsert({ id: 's5', title: 'Story 5', text: 'lighthouse' });
    release();
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    // Part-way: some stories are findable already, not all.
    const partial = search.search('harbour', 100).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(58);
    await done;
    const found = search.search('harbour', 100).map((h) => h.id);
    expect(found).toHaveLength(58);
    expect(found).not.toContain('s3');
    expect(found).not.toContain('s5');
    expect(search.size).toBe(59);
    expect(search.search('lighthouse').map((h) => h.id)).toEqual(['s5']);
  });

  it('stops a rebuild in slices when the vault locks under it', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, title: `Story ${i}`, text: 'harbour' }));
    const search = new StorySearch();
    const done = search.rebuildInSlices(async () => many, 10);
    await new Promise((r) => setImmediate(r));
    search.clear();
    await done;
    expect(search.size).toBe(0);
    expect(search.search('harbour')).toEqual([]);
  });

  it('follows saves and trashing as the story service reports them, whether or not a search came between', () => {
    const search = new StorySearch();
    search.rebuild(stories);
    const saved = (id: string, title: string, words: string, trashedAt: string | null = null) =>
      search.apply({
        kind: 'saved',
        story: { id, title, trashedAt, doc: doc(para(text(words))) } as Story,
      });
    saved('b', 'Work', 'They took our documents.');
    saved('b', 'Work', 'They took our papers.');
    expect(search.search('documents')).toEqual([]);
    expect(search.search('papers').map((h) => h.id)).toEqual(['b']);
    expect(search.search('passports')).toEqual([]);
    saved('d', 'New', 'A lighthouse.');
    saved('d', 'New', 'A lighthouse.', '2026-01-01T00:00:00.000Z');
    expect(search.search('lighthouse')).toEqual([]);
    saved('c', 'What would have helped', 'A shelter.');
    search.apply({ kind: 'removed', id: 'c' });
    expect(search.search('shelter')).toEqual([]);
    expect(search.size).toBe(2);
    saved('a', 'The night we left', 'The ferry.');
    search.clear();
    expect(search.search('ferry')).toEqual([]);
  });
});
