/**
 * Library search over 1,000 stories (electron/search/story-search.ts, the in-memory index the app
 * builds on unlock): building the index, then each query as the library asks it, snippets included.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { docToPlainText } from '../../shared/story';
import { StorySearch } from '../../electron/search/story-search';
import { median, ms, percentile, type BenchRow } from './bench-row';
import { benchStory } from './bench-story';

const STORIES = 1000;
const WORDS_PER_STORY = 2000;
const RUNS = 20;

/** What a writer types: a common word, rare words, two words, a prefix being typed, a typo, accents. */
const QUERIES = [
  'river',
  'bamilo',
  'ratesu',
  'quiet morning',
  'remem',
  'windw',
  'kovedá',
  'letter home door',
  'lo',
  'sam',
  'y',
];

export async function benchSearch(): Promise<BenchRow[]> {
  const stories = Array.from({ length: STORIES }, (_, i) => {
    const s = benchStory(WORDS_PER_STORY, i);
    return { id: `s${i}`, title: s.title, text: docToPlainText(s.doc) };
  });
  const search = new StorySearch();
  const buildStart = performance.now();
  search.rebuild(stories);
  const build = performance.now() - buildStart;

  // How the app builds it after unlock: in slices, so the main process keeps answering.
  const sliced = new StorySearch();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const slicedStart = performance.now();
  await sliced.rebuildInSlices(async () => stories);
  const slicedTotal = performance.now() - slicedStart;
  delay.disable();

  const times: number[] = [];
  const perQuery: string[] = [];
  for (const query of QUERIES) {
    const own: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      hits = search.search(query).length;
      own.push(performance.now() - start);
    }
    times.push(...own);
    perQuery.push(`"${query}" ${median(own).toFixed(1)} (${hits})`);
  }
  const slowest = QUERIES.map((q, i) => ({ q, p: percentile(times.slice(i * RUNS, (i + 1) * RUNS), 95) })).sort(
    (a, b) => b.p - a.p,
  )[0]!;
  return [
    { scenario: `search: index ${STORIES} stories of ~${WORDS_PER_STORY} words, in one go`, value: ms(build) },
    {
      scenario: `search: the same in slices, as after unlock: total / longest the main process is held`,
      value: `${ms(slicedTotal)} / ${ms(delay.max / 1e6)}`,
    },
    {
      scenario: `search: one query over ${STORIES} stories, p95 of ${QUERIES.length} queries × ${RUNS}`,
      value: ms(percentile(times, 95)),
      target: '≤ 30 ms',
    },
    { scenario: `search: slowest query ("${slowest.q}"), p95`, value: ms(slowest.p), target: '≤ 30 ms' },
    { scenario: 'search: median ms per query (hits)', value: perQuery.join(', ') },
  ];
}
