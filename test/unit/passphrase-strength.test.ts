import { beforeAll, describe, expect, it } from 'vitest';
import { loadEstimator } from '../../shared/passphrase-estimator';
import {
  assessPassphrase,
  MIN_PASSPHRASE_LENGTH,
  passphraseLength,
  STRENGTH_LABELS,
  STRENGTH_TEXT_EN,
  type StrengthScore,
  type StrengthSuggestion,
} from '../../shared/passphrase-strength';

// zxcvbn's word lists load on first use (seconds on a busy machine): once here, not inside a test.
// Awaited, not returned: a function returned from beforeAll is run as its teardown.
beforeAll(async () => {
  await loadEstimator();
}, 60_000);

describe('assessPassphrase: scores', () => {
  const table: [passphrase: string, score: StrengthScore | [min: StrengthScore, max: StrengthScore], why: string][] = [
    ['', 0, 'nothing typed'],
    ['password', 0, 'the most common password'],
    ['Password123!', 0, 'a common password dressed up a little'],
    ['p@ssw0rd12', 0, 'look-alike digits do not hide a common password'],
    ['contraseña', 0, 'common in Spanish, with its accent'],
    ['contrasena', 0, 'and without it'],
    ['CONTRASEÑA', 0, 'in capitals'],
    ['1234567890', 0, 'a sequence that is also common'],
    ['qwertyuiop', 0, 'a keyboard row'],
    ['qwertyuiopasdf', 0, 'two keyboard rows'],
    ['abcdefghijkl', 0, 'the alphabet'],
    ['9876543210', 0, 'digits counting down'],
    ['aaaaaaaaaaaaaaaaaaaa', 0, 'one character repeated'],
    ['passpasspass', 0, 'a chunk repeated'],
    ['love love love love', 0, 'a word repeated'],
    ['Harbor2024', 0, "the app's name and a year"],
    ['Contraseña2024', 0, 'a common Spanish password with its accent and a year'],
    ['contraseña123', 0, 'and with digits'],
    ['iloveyou2024', 0, 'a common English password and a year'],
    ['Sunshine2024!', 1, 'common word, year and a symbol'],
    // zxcvbn counts ten unmatched characters as 10^10 guesses whatever they are: random letters are
    // not words (fair, not weak), and symbols a person must remember add less than a word does.
    ['xkqzvwpmrt', 2, 'ten random letters: long enough, still short'],
    ['tiger lamp', 1, 'two words'],
    ['I love my dog', 2, 'a short sentence'],
    ['zanahoria verde', 2, 'two longer Spanish words'],
    ['blue tiger lamp', 3, 'three words'],
    ['Xk9#mP2$vL', 2, 'ten random characters of every kind: no better than ten random letters'],
    ['correcthorsebatterystaple', [3, 4], 'four words without spaces'],
    ['correct horse battery staple', 4, 'four words'],
    ['mi perro se llama toby', 4, 'a Spanish sentence'],
    ['el niño comió piñas en León', 4, 'accented words count as letters'],
    ['gato azul bajo la lluvia', 4, 'five Spanish words'],
    ['river window orange quiet', 4, 'four random words'],
  ];

  it.each(table)('%j → %j (%s)', async (passphrase, expected) => {
    const { score } = await assessPassphrase(passphrase);
    if (Array.isArray(expected)) {
      expect(score).toBeGreaterThanOrEqual(expected[0]);
      expect(score).toBeLessThanOrEqual(expected[1]);
    } else {
      expect(score).toBe(expected);
    }
  });
});

describe('assessPassphrase: one suggestion', () => {
  const table: [passphrase: string, suggestion: StrengthSuggestion | null][] = [
    ['', 'too-short'],
    ['short one', 'too-short'],
    ['password', 'too-short'],
    ['Password123!', 'avoid-common'],
    ['contraseña', 'avoid-common'],
    ['teamo12345', 'avoid-common'],
    ['aaaaaaaaaaaa', 'avoid-repeats'],
    ['asdfasdfasdf', 'avoid-repeats'],
    ['abcdefghijkl', 'avoid-sequences'],
    ['ábcdéfghíjk', 'avoid-sequences'],
    ['tiger lamp', 'add-words'],
    ['blue tiger lamp', 'one-more-word'],
    ['correct horse battery staple', null],
  ];

  it.each(table)('%j → %s', async (passphrase, suggestion) => {
    expect((await assessPassphrase(passphrase)).suggestion).toBe(suggestion);
  });
});

describe('assessPassphrase: rules', () => {
  it('rewards length: adding words never lowers the score', async () => {
    const words = ['river', 'window', 'orange', 'quiet', 'mountain', 'letter'];
    let previous = -1;
    for (let n = 2; n <= words.length; n++) {
      const { score } = await assessPassphrase(words.slice(0, n).join(' '));
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
    expect(previous).toBe(4);
  });

  it('counts words', async () => {
    expect((await assessPassphrase('mi perro se llama toby')).words).toBe(5);
    expect((await assessPassphrase('1234 5678 90')).words).toBe(0);
  });

  it('never scores a passphrase under the minimum above 1', async () => {
    for (const p of ['Xk9#mP2$v', 'a b c d e', 'Zq!8', 'niño feliz']) {
      const r = await assessPassphrase(p);
      if (!r.meetsMinimum) expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('counts characters as a person does (accents, composed or not, and emoji count once)', async () => {
    const decomposed = 'nin\u0303o'; // n, i, n + combining tilde, o
    expect(decomposed.length).toBe(5);
    expect(passphraseLength(decomposed)).toBe(4);
    expect(passphraseLength('niño')).toBe(4);
    expect(passphraseLength('🙂🙂')).toBe(2);
    expect((await assessPassphrase('ñ'.repeat(MIN_PASSPHRASE_LENGTH))).meetsMinimum).toBe(true);
    expect((await assessPassphrase('n\u0303'.repeat(MIN_PASSPHRASE_LENGTH - 1))).meetsMinimum).toBe(false);
  });

  it('treats composed and decomposed accents the same', async () => {
    const composed = await assessPassphrase('el niño comió piñas');
    const decomposed = await assessPassphrase('el niño comió piñas'.normalize('NFD'));
    expect(decomposed).toEqual(composed);
  });

  it('labels follow the score, and every label and suggestion has English words', async () => {
    for (const p of [
      '',
      'password',
      'tiger lamp',
      'zanahoria verde',
      'blue tiger lamp',
      'correct horse battery staple',
    ]) {
      const r = await assessPassphrase(p);
      expect(r.label).toBe(STRENGTH_LABELS[r.score]);
      expect(STRENGTH_TEXT_EN[r.label]).toBeTruthy();
      if (r.suggestion) expect(STRENGTH_TEXT_EN[r.suggestion]).toBeTruthy();
    }
  });

  // How fast is `npm run bench`'s business; here only that odd input gets a score at all.
  it('handles long and unusual input without throwing', async () => {
    const inputs = [
      'x'.repeat(1024),
      'ab'.repeat(512),
      '🙂'.repeat(300),
      '\u0301'.repeat(50),
      ' '.repeat(20),
      'Кошка спит на окне',
    ];
    for (const p of inputs) {
      const r = await assessPassphrase(p);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(4);
    }
    // Past what zxcvbn reads, a passphrase is judged by its start: a long run stays very weak.
    expect((await assessPassphrase('x'.repeat(1024))).score).toBe(0);
    expect((await assessPassphrase('ab'.repeat(512))).score).toBe(0);
  });
});
