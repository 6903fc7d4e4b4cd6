/**
 * A passphrase strength estimate for people, not a password policy: a score from 0 to 4, a label
 * and at most one suggestion. Pure TypeScript (no Node, no DOM) so the UI and the command line agree.
 *
 * It rewards length and several words, and penalises very common passwords (also with numbers or
 * symbols added, or letters swapped for look-alike digits), repeated characters or chunks, and
 * sequences such as "abcd", "4321" or "qwerty". Accents are treated as ordinary letters and are
 * ignored when comparing with common passwords ("contraseña" is as common as "contrasena").
 *
 * The estimate is deliberately modest: it counts a run of letters as something closer to words
 * than to random characters, because that is what people type.
 */

export const MIN_PASSPHRASE_LENGTH = 10;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;
export type StrengthLabel = 'very-weak' | 'weak' | 'fair' | 'good' | 'strong';
export type StrengthSuggestion =
  'too-short' | 'avoid-common' | 'avoid-repeats' | 'avoid-sequences' | 'add-words' | 'one-more-word';

export interface PassphraseStrength {
  score: StrengthScore;
  label: StrengthLabel;
  /** The one thing most worth changing, or null when there is nothing to add. */
  suggestion: StrengthSuggestion | null;
  /** Length in characters as a person counts them (code points after NFC), not UTF-16 units. */
  length: number;
  meetsMinimum: boolean;
  /** Runs of two or more letters. */
  words: number;
  /** The rough guessing estimate behind the score, in bits. */
  bits: number;
}

export const STRENGTH_LABELS: readonly StrengthLabel[] = ['very-weak', 'weak', 'fair', 'good', 'strong'];

/** Plain English for places without the UI's translations (the command line). */
export const STRENGTH_TEXT_EN: Readonly<Record<StrengthLabel | StrengthSuggestion, string>> = {
  'very-weak': 'Very easy to guess',
  weak: 'Easy to guess',
  fair: 'Fair',
  good: 'Good',
  strong: 'Strong',
  'too-short': `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence works well.`,
  'avoid-common': 'This is a very common password. Try a sentence only you would think of.',
  'avoid-repeats': 'Repeated letters or words are easy to guess. Try different words.',
  'avoid-sequences': 'Sequences like abcd, 1234 or qwerty are easy to guess.',
  'add-words': 'Add another word or two. Unusual words work best.',
  'one-more-word': 'One more word would make it even stronger.',
};

/** Score boundaries in bits: below 25 → 0, below 45 → 1, below 60 → 2, below 80 → 3, else 4. */
const THRESHOLDS = [25, 45, 60, 80] as const;

/**
 * About 200 of the most used passwords (English and Spanish), lower case and without accents.
 * A passphrase that is one of these, alone or with a few digits or symbols around it, is weak.
 */
const COMMON = new Set(
  (
    '123456 1234567 12345678 123456789 1234567890 12345 1234 111111 000000 123123 654321 666666 121212 112233 ' +
    '11111111 88888888 12341234 987654321 7777777 159753 123321 147258369 password password1 passw0rd ' +
    'qwerty qwerty123 qwertyuiop qwertz azerty asdfgh asdfghjkl zxcvbnm qazwsx 1qaz2wsx zaq12wsx 1q2w3e4r ' +
    '1q2w3e qwe123 asd123 abc123 abcdef abcd1234 1234abcd abcdefgh iloveyou iloveu loveme lovely love ' +
    'lovelove admin administrator letmein welcome welcome1 monkey dragon football baseball soccer hockey ' +
    'sunshine princess master shadow superman batman spiderman michael jennifer jordan hunter trustno1 ' +
    'starwars whatever freedom charlie ashley bailey flower hello hello123 computer internet samsung google ' +
    'pokemon naruto chocolate cookie butterfly angel angels family forever friends friend mustang summer ' +
    'winter secret access login changeme test test123 guest default babygirl baby blessed jesus god ' +
    'godisgood money orange banana apple pepper ginger maggie buster tigger daniel andrew thomas robert ' +
    'matthew jessica nicole amanda melissa michelle harley ranger killer george pass pass123 mypassword ' +
    'letmein123 iloveyou1 password123 qwerty1 princess1 sunshine1 football1 harbor harbor123 ' +
    'contrasena contrasenya miclave clave clave123 secreto teamo teamo123 tequiero teamomucho amor amor123 ' +
    'amormio miamor mivida corazon princesa carino hola hola123 hola1234 bonita hermosa hermoso mama papa ' +
    'familia dios diosesamor diosmio mexico argentina colombia espana peru chile venezuela guatemala ' +
    'honduras ecuador bolivia barcelona realmadrid america futbol estrella estrellita mariposa angelito ' +
    'tesoro libertad amistad felicidad esperanza soledad pollito gatito perrito cielo luna sol ' +
    'fernando alejandro carlos jorge maria mariana daniela sofia valentina camila isabel gabriela lucia ' +
    'martina juan jose luis pedro miguel antonio francisco javier manuel sebastian santiago victoria ' +
    'alejandra guadalupe rosa carmen ana andrea paola natalia diana laura patricia monica fernanda ' +
    'jesucristo cristo bendicion chivas america1 boca river tigres'
  ).split(/\s+/),
);

/** Look-alike digits and symbols people swap in ("p@ssw0rd"). */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Keyboard rows (QWERTY and its common neighbours) for spotting "qwerty"-style runs. */
const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'yxcvbnm',
  'azertyuiop',
  'wxcvbn',
];

type CharClass = 'letter' | 'digit' | 'separator' | 'symbol';

/** Lower case, without accents: how characters are compared. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function classify(ch: string): CharClass {
  if (/\p{L}|\p{M}/u.test(ch)) return 'letter';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  if (/[\s\-_.,/]/u.test(ch)) return 'separator';
  return 'symbol';
}

/** Characters as a person counts them. */
export function passphraseLength(passphrase: string): number {
  return Array.from(passphrase.normalize('NFC')).length;
}

function isCommon(folded: string): boolean {
  if (COMMON.has(folded)) return true;
  const deleeted = Array.from(folded, (c) => LEET[c] ?? c).join('');
  return COMMON.has(deleeted);
}

/**
 * The whole passphrase (spaces ignored) is a common password: 'exact'; or one with a few digits or
 * symbols around it ("Password123!"): 'affixed' with how many characters were added.
 */
function commonMatch(folded: string): { kind: 'exact' } | { kind: 'affixed'; added: number } | null {
  const squeezed = folded.replace(/\s+/g, '');
  if (isCommon(squeezed)) return { kind: 'exact' };
  const core = squeezed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length >= 3 && core !== squeezed && isCommon(core)) {
    return { kind: 'affixed', added: Array.from(squeezed).length - Array.from(core).length };
  }
  return null;
}

function steps(a: string, b: string): number[] {
  const result: number[] = [];
  const ca = a.codePointAt(0)!;
  const cb = b.codePointAt(0)!;
  if (classify(a) === classify(b) && classify(a) !== 'separator' && classify(a) !== 'symbol') result.push(cb - ca);
  for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
    const ia = KEYBOARD_ROWS[row]!.indexOf(a);
    const ib = KEYBOARD_ROWS[row]!.indexOf(b);
    if (ia >= 0 && ib >= 0) result.push(1000 + (ib - ia));
  }
  return result;
}

/**
 * How much each character adds: 1 normally, little when it continues a run of one repeated
 * character or a sequence (alphabet, digits, keyboard row) that is already two long.
 */
function weigh(chars: string[]): { weights: number[]; repeats: number; sequences: number } {
  const weights = chars.map(() => 1);
  let repeats = 0;
  let sequences = 0;
  for (let i = 2; i < chars.length; i++) {
    const [a, b, c] = [chars[i - 2]!, chars[i - 1]!, chars[i]!];
    if (a === b && b === c) {
      weights[i] = 0.1;
      repeats++;
      continue;
    }
    const first = steps(a, b);
    const second = steps(b, c);
    const sequential = second.some((s) => first.includes(s) && (s === 1 || s === -1 || s === 1001 || s === 999));
    if (sequential) {
      weights[i] = 0.1;
      sequences++;
    }
  }
  return { weights, repeats, sequences };
}

/** The shortest chunk the text repeats, when it is a chunk said at least twice ("passpass"). */
function repeatedPeriod(chars: string[]): number | null {
  const n = chars.length;
  for (let p = 1; p <= n / 2; p++) {
    let repeats = true;
    for (let i = p; i < n && repeats; i++) repeats = chars[i] === chars[i % p];
    if (repeats) return p;
  }
  return null;
}

interface Run {
  kind: CharClass;
  original: string[];
  folded: string[];
  weights: number[];
}

function runsOf(original: string[], folded: string[], weights: number[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < original.length; i++) {
    const kind = classify(original[i]!);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) {
      last.original.push(original[i]!);
      last.folded.push(folded[i]!);
      last.weights.push(weights[i]!);
    } else {
      runs.push({ kind, original: [original[i]!], folded: [folded[i]!], weights: [weights[i]!] });
    }
  }
  return runs;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const LOG2_26 = Math.log2(26);
const LOG2_10 = Math.log2(10);

function letterRunBits(run: Run): number {
  const effective = sum(run.weights);
  // Letters typed by people are mostly words: worth far less than random letters once the run is long.
  let bits = Math.min(effective * LOG2_26, 10 + 2.5 * effective);
  const innerCapitals = run.original.slice(1).filter((c) => c !== c.toLowerCase()).length;
  if (innerCapitals > 0) bits += effective;
  else if (run.original[0] !== run.original[0]!.toLowerCase()) bits += 1;
  // Accented and other non-ASCII letters widen the alphabet a little.
  bits += run.original.filter((c, i) => c.toLowerCase() !== run.folded[i]).length;
  return bits;
}

function runBits(run: Run): number {
  switch (run.kind) {
    case 'letter':
      return letterRunBits(run);
    case 'digit':
      // A year is one of about a hundred likely values.
      return /^(19|20)\d\d$/.test(run.folded.join('')) ? 7 : sum(run.weights) * LOG2_10;
    case 'separator':
      return 2;
    case 'symbol':
      return sum(run.weights) * 5;
  }
}

/** Random-looking strings (many switches between letters, digits and symbols) are counted by alphabet. */
function alphabetBits(original: string[], weights: number[]): number {
  let size = 0;
  if (original.some((c) => /\p{Ll}/u.test(c))) size += 26;
  if (original.some((c) => /\p{Lu}/u.test(c))) size += 26;
  if (original.some((c) => /\p{Nd}/u.test(c))) size += 10;
  if (original.some((c) => classify(c) === 'symbol' || classify(c) === 'separator')) size += 33;
  if (original.some((c) => /\p{L}/u.test(c) && fold(c) !== c.toLowerCase())) size += 20;
  return sum(weights) * Math.log2(Math.max(size, 2));
}

interface Estimate {
  bits: number;
  repeats: number;
  sequences: number;
  words: number;
}

function estimate(original: string[]): Estimate {
  const folded = original.map(fold);
  const period = repeatedPeriod(folded);
  if (period !== null) {
    const chunk = estimate(original.slice(0, period));
    return {
      ...chunk,
      bits: chunk.bits + Math.log2(original.length / period) + 1,
      repeats: chunk.repeats + original.length - period,
    };
  }
  const { weights, repeats, sequences } = weigh(folded);
  const runs = runsOf(original, folded, weights);
  let bits = sum(runs.map(runBits));
  const solid = runs.filter((r) => r.kind !== 'separator');
  const kinds = new Set(solid.map((r) => r.kind));
  if (kinds.size >= 2 && solid.length >= 4 && solid.length / original.length >= 0.4) {
    bits = Math.max(bits, alphabetBits(original, weights));
  }
  const words = runs.filter((r) => r.kind === 'letter' && r.original.length >= 2).length;
  return { bits, repeats, sequences, words };
}

function scoreFor(bits: number): StrengthScore {
  const index = THRESHOLDS.findIndex((limit) => bits < limit);
  return (index === -1 ? 4 : index) as StrengthScore;
}

export function assessPassphrase(passphrase: string): PassphraseStrength {
  const original = Array.from(passphrase.normalize('NFC'));
  const length = original.length;
  const meetsMinimum = length >= MIN_PASSPHRASE_LENGTH;
  if (length === 0) {
    return { score: 0, label: 'very-weak', suggestion: 'too-short', length, meetsMinimum, words: 0, bits: 0 };
  }

  const found = estimate(original);
  const match = commonMatch(fold(passphrase.normalize('NFC')));
  const bits = match?.kind === 'exact' ? Math.min(found.bits, 5) : found.bits;
  let score = scoreFor(bits);
  // A common password stays weak however it is dressed up; barely dressed up, it is very weak.
  if (match?.kind === 'affixed') score = Math.min(score, match.added <= 4 ? 0 : 1) as StrengthScore;
  if (!meetsMinimum) score = Math.min(score, 1) as StrengthScore;

  const repetitive = found.repeats >= 3 || found.repeats >= length / 4;
  let suggestion: StrengthSuggestion | null;
  if (!meetsMinimum) suggestion = 'too-short';
  else if (score === 4) suggestion = null;
  else if (match !== null) suggestion = 'avoid-common';
  else if (repetitive) suggestion = 'avoid-repeats';
  else if (found.sequences >= 2) suggestion = 'avoid-sequences';
  else if (score <= 2) suggestion = 'add-words';
  else suggestion = 'one-more-word';

  return {
    score,
    label: STRENGTH_LABELS[score]!,
    suggestion,
    length,
    meetsMinimum,
    words: found.words,
    bits: Math.round(bits * 10) / 10,
  };
}
