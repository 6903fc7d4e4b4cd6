/**
 * Deterministic stand-ins for real stories: ProseMirror-shaped documents of a given length, in
 * paragraphs of about 60 words, drawn from common words plus a long tail of rarer ones so a search
 * has both words that are everywhere and words that are in a few stories only.
 */
const COMMON =
  'the a river light home door quiet morning hands street letter window she said we never again remember'.split(' ');
const SYLLABLES = 'ba lo mi ra te su ni ko ve da pe lu ri sa no'.split(' ');

export type BenchRandom = () => number;

/** A small linear congruential generator: the same seed gives the same story on every run. */
export function benchRandom(seed: number): BenchRandom {
  let n = seed + 1;
  return () => (n = (n * 1103515245 + 12345) % 2147483648);
}

/** About one word in ten comes from a tail of 3,375 three-syllable words (bamilo, rateku …). */
function word(next: BenchRandom): string {
  if (next() % 10) return COMMON[next() % COMMON.length]!;
  return Array.from({ length: 3 }, () => SYLLABLES[next() % SYLLABLES.length]).join('');
}

export function benchDoc(words: number, seed: number) {
  const next = benchRandom(seed);
  const content = [];
  for (let written = 0; written < words; written += 60) {
    const text = Array.from({ length: Math.min(60, words - written) }, () => word(next)).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc' as const, content };
}

export function benchStory(words: number, seed: number) {
  return { title: `Story ${seed}`, doc: benchDoc(words, seed), tags: [] as string[] };
}
