/**
 * zxcvbn-ts with its English, Spanish and shared word lists: how many guesses a passphrase would
 * take. The lists are about 1.2 MB gzip, so they are imported on first use, never at start-up (the
 * renderer gets them as their own chunk when the passphrase screen needs them).
 */

/** What Harbor reads from zxcvbn's answer. */
export interface Guessing {
  guessesLog10: number;
  /** The pieces zxcvbn found, each with its kind ('dictionary', 'repeat', 'sequence', 'spatial'…). */
  matches: readonly { pattern: string; token: string }[];
}

export type Estimator = (passphrase: string) => Guessing;

/** zxcvbn looks at this many characters; past it, the passphrase is judged by its start (conservative). */
export const ESTIMATED_LENGTH = 100;

/**
 * The big lists only: common passwords, diceware, common words, names and Wikipedia words. The
 * small themed lists (colours, numbers, zodiac…) are left out: zxcvbn's word-sequence matcher
 * reads any two of their words in a row as one predictable run ("blue tiger" counted as a single
 * guess), which rated "blue tiger lamp" no stronger than "tiger lamp".
 */
const LISTS = /^(commonWords|firstnames|lastnames|wikipedia)-/;

let loading: Promise<Estimator> | undefined;
let loaded: Estimator | undefined;

export function loadEstimator(): Promise<Estimator> {
  loading ??= build().then(
    (estimator) => (loaded = estimator),
    (error: unknown) => {
      loading = undefined; // a failed load (a chunk that did not arrive) may be tried again
      throw error;
    },
  );
  return loading;
}

/** The estimator if it has already loaded, so a screen opened later need not wait a turn. */
export function loadedEstimator(): Estimator | undefined {
  return loaded;
}

async function build(): Promise<Estimator> {
  const [{ ZxcvbnFactory }, common, en, es] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-es-es'),
  ]);
  const pick = (lists: Record<string, string[]>) => Object.entries(lists).filter(([name]) => LISTS.test(name));
  const zxcvbn = new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: Object.fromEntries([
      ...Object.entries(common.dictionary),
      ...pick(en.dictionary),
      ...pick(es.dictionary),
    ]),
    maxLength: ESTIMATED_LENGTH,
  });
  return (passphrase) => {
    const result = zxcvbn.check(passphrase);
    return { guessesLog10: result.guessesLog10, matches: result.sequence };
  };
}
