/**
 * A passphrase strength estimate for people, not a password policy: a score from 0 to 4, a label
 * and at most one suggestion. The guessing is zxcvbn-ts's (English, Spanish and common word lists,
 * loaded on first use: see passphrase-estimator.ts); the scale, the words, the suggestions and the
 * common-password rule are Harbor's, so the UI and the command line agree and say the same thing.
 *
 * Accents are ignored when comparing with common passwords and word lists ("contraseña" is as
 * common as "contrasena", "ábcdéf" as much a run as "abcdef").
 */
import { loadEstimator, type Estimator, type Guessing } from './passphrase-estimator';

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
  /** zxcvbn's guess count behind the score, in bits (log2 of the guesses). */
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

/**
 * Score boundaries in log10 of zxcvbn's guesses: below 10^5 → 0, below 10^8.5 → 1, below 10^12.5
 * → 2, below 10^16 → 3, else 4. Stricter than zxcvbn's own scale (10^3…10^10), which is made for
 * web logins that limit attempts: a stolen vault file can be attacked offline for as long as it
 * takes. Four ordinary words with spaces reach 10^16; two words or ten characters do not reach 10^12.5.
 */
const THRESHOLDS = [5, 8.5, 12.5, 16] as const;

/**
 * About 200 of the most used passwords (English and Spanish), lower case and without accents.
 * A passphrase that is one of these, alone or with a few digits or symbols around it, is weak.
 * zxcvbn knows most of them too, but rates "contraseña", "Harbor2024" or "Password123!" one step
 * higher than very weak; for a vault passphrase they are not.
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

/** Without accents (case kept: zxcvbn counts capitals itself). */
function unaccented(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Lower case, without accents: how characters are compared with the common list. */
function fold(text: string): string {
  return unaccented(text).toLowerCase();
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

/** zxcvbn's guessing for the passphrase as typed and without accents, whichever is easier. */
function easierGuess(estimate: Estimator, text: string): Guessing {
  const typed = estimate(text);
  const plain = unaccented(text);
  if (plain === text) return typed;
  const unaccentedGuess = estimate(plain);
  return unaccentedGuess.guessesLog10 < typed.guessesLog10 ? unaccentedGuess : typed;
}

/** Characters in zxcvbn's matches of these kinds (all kinds: the part of the passphrase it read). */
const charsIn = (guessing: Guessing, patterns?: readonly string[]) =>
  guessing.matches
    .filter((m) => !patterns || patterns.includes(m.pattern))
    .reduce((n, m) => n + Array.from(m.token).length, 0);

function scoreFor(guessesLog10: number): StrengthScore {
  return THRESHOLDS.filter((limit) => guessesLog10 >= limit).length as StrengthScore;
}

/** The estimate with zxcvbn already loaded (the renderer holds it once its chunk has arrived). */
export function assessWith(estimate: Estimator, passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const length = Array.from(text).length;
  const meetsMinimum = length >= MIN_PASSPHRASE_LENGTH;
  if (length === 0) {
    return { score: 0, label: 'very-weak', suggestion: 'too-short', length, meetsMinimum, words: 0, bits: 0 };
  }

  const guessing = easierGuess(estimate, text);
  const match = commonMatch(fold(text));
  const repeated = charsIn(guessing, ['repeat']);
  let score = scoreFor(guessing.guessesLog10);
  // A common password stays weak however it is dressed up; barely dressed up, it is very weak.
  if (match?.kind === 'exact') score = 0;
  if (match?.kind === 'affixed') score = Math.min(score, match.added <= 4 ? 0 : 1) as StrengthScore;
  // One word or chunk said again and again is as easy as saying it once.
  if (repeated * 2 >= charsIn(guessing)) score = 0;
  if (!meetsMinimum) score = Math.min(score, 1) as StrengthScore;

  let suggestion: StrengthSuggestion | null;
  if (!meetsMinimum) suggestion = 'too-short';
  else if (score === 4) suggestion = null;
  else if (match !== null) suggestion = 'avoid-common';
  else if (repeated > 0) suggestion = 'avoid-repeats';
  else if (charsIn(guessing, ['sequence', 'spatial']) > 0) suggestion = 'avoid-sequences';
  else if (score <= 2) suggestion = 'add-words';
  else suggestion = 'one-more-word';

  return {
    score,
    label: STRENGTH_LABELS[score]!,
    suggestion,
    length,
    meetsMinimum,
    words: text.match(/\p{L}{2,}/gu)?.length ?? 0,
    bits: Math.round(guessing.guessesLog10 * Math.log2(10) * 10) / 10,
  };
}

/** Loads zxcvbn's lists on first use (the command line awaits it; the renderer shows "checking"). */
export async function assessPassphrase(passphrase: string): Promise<PassphraseStrength> {
  return assessWith(await loadEstimator(), passphrase);
}
