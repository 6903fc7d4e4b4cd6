/**
 * Searching a file for the words a person wrote, in every form a leak would take: the raw UTF-8, the
 * UTF-16 of a Chromium or Windows buffer, the JSON escape of a serialised object, and base64 (at
 * each of its three alignments). A search for a few quoted needles would miss all but one of these.
 */

/** The words of a text a leak search looks for: every word of four letters or more (shorter ones match random ciphertext by chance). */
export function wordsOf(...texts: string[]): string[] {
  const words = texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => [...w].length >= 4);
  return [...new Set(words)];
}

/** Every byte form of `word` that would show that it leaked. */
export function leakForms(word: string): { form: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(word, 'utf8');
  const forms = [
    { form: 'UTF-8', bytes: utf8 },
    { form: 'UTF-16LE', bytes: Buffer.from(word, 'utf16le') },
    { form: 'JSON', bytes: Buffer.from(JSON.stringify(word).slice(1, -1), 'utf8') },
    {
      form: 'JSON \\u',
      bytes: Buffer.from(word.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)),
    },
    { form: 'lower case', bytes: Buffer.from(word.toLowerCase(), 'utf8') },
  ];
  // In base64, the word's bytes land at one of three offsets of a 3-byte group; the characters that
  // depend on the word alone are the same wherever it sits in a larger encoded text.
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    const start = shift === 0 ? 0 : 4;
    const end = Math.floor((shift + utf8.length) / 3) * 4;
    const stable = encoded.slice(start, end);
    if (stable.length >= 4) forms.push({ form: `base64+${shift}`, bytes: Buffer.from(stable) });
  }
  return forms;
}

/** Each "word (form)" of `words` found in `bytes`; an empty list means nothing leaked. */
export function leakedWords(bytes: Buffer, words: readonly string[]): string[] {
  return words.flatMap((word) =>
    leakForms(word)
      .filter(({ bytes: needle }) => bytes.includes(needle))
      .map(({ form }) => `${word} (${form})`),
  );
}
