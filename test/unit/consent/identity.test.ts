import { describe, expect, it } from 'vitest';
import {
  displayName,
  findAuthorMentions,
  foldName,
  mentionReplacement,
  replaceAuthorMentions,
  splitAuthorMentions,
} from '../../../shared/consent/identity';

// How the author's own name appears in what leaves Harbor: the byline and signature, and every
// mention of the name in the text.
describe('the name shown under each identity choice', () => {
  it('tidies the name as typed: extra spaces are not printed', () => {
    const author = { full: '  María   Elena\tRuiz ' };
    expect(displayName(author, { mode: 'full' }, 'en')).toBe('María Elena Ruiz');
    expect(displayName(author, { mode: 'first' }, 'en')).toBe('María');
    expect(displayName(author, { mode: 'initials' }, 'en')).toBe('M. E. R.');
  });

  it('writes initials as capitals, whole characters, even from a name typed in lower case', () => {
    expect(displayName({ full: 'élise de ruiz' }, { mode: 'initials' }, 'en')).toBe('É. D. R.');
    expect(displayName({ full: '𝓐nna Lee' }, { mode: 'initials' }, 'en')).toBe('𝓐. L.');
  });

  it('prints "Anonymous" / "Anónimo" when there is no name to show, whatever the choice', () => {
    for (const mode of ['full', 'first', 'initials', 'anonymous'] as const) {
      expect(displayName({ full: '   ' }, { mode }, 'en')).toBe('Anonymous');
      expect(displayName({ full: '' }, { mode }, 'es')).toBe('Anónimo');
    }
    expect(displayName({ full: 'Ana Torres' }, { mode: 'anonymous' }, 'es')).toBe('Anónimo');
  });

  it('prints the pseudonym as chosen, never the name', () => {
    expect(displayName({ full: 'Ana Torres' }, { mode: 'pseudonym', pseudonym: 'Rosa' }, 'es')).toBe('Rosa');
  });
});

describe('what replaces a mention of the name in the text', () => {
  const author = { full: 'Ana Torres' };
  it('is the withheld-name placeholder for an anonymous grant, in the document language', () => {
    expect(mentionReplacement(author, { mode: 'anonymous' }, 'en')).toBe('[name withheld]');
    expect(mentionReplacement(author, { mode: 'anonymous' }, 'es')).toBe('[nombre omitido]');
  });
  it('is the name shown under any other identity', () => {
    expect(mentionReplacement(author, { mode: 'initials' }, 'en')).toBe('A. T.');
    expect(mentionReplacement(author, { mode: 'first' }, 'es')).toBe('Ana');
    expect(mentionReplacement(author, { mode: 'pseudonym', pseudonym: 'Rosa' }, 'en')).toBe('Rosa');
  });
});

describe('folding a name to compare spellings', () => {
  it('drops case, accents (however many on a letter) and width', () => {
    expect(foldName('MARÍA')).toBe('maria');
    expect(foldName('Zoe\u0301\u0308 Ｒｕｉｚ')).toBe('zoe ruiz');
    expect(foldName('ǅuro')).toBe('dzuro');
  });
});

describe('finding the author in a text', () => {
  const author = { full: 'María Elena Ruiz' };

  it('finds nothing in an empty text, or for an author with no name', () => {
    expect(findAuthorMentions('', author)).toEqual([]);
    expect(findAuthorMentions('Anyone at all', { full: '  ' })).toEqual([]);
    expect(splitAuthorMentions('', author, 'Rosa')).toEqual([]);
  });

  it('finds the full name, first and last name, and each part, as one mention each', () => {
    expect(replaceAuthorMentions('María Ruiz wrote this.', author, 'Rosa')).toBe('Rosa wrote this.');
    expect(replaceAuthorMentions('Ask maria, or RUIZ.', author, 'Rosa')).toBe('Ask Rosa, or Rosa.');
  });

  it('does not take a one-letter part of a name for a mention', () => {
    const j = { full: 'J Okafor' };
    expect(replaceAuthorMentions('J said J. Okafor came', j, 'Rosa')).toBe('J said J. Rosa came');
    // Written whole, the one-letter part goes with the name.
    expect(replaceAuthorMentions('J Okafor came', j, 'Rosa')).toBe('Rosa came');
  });

  it('takes a part of two letters for a mention', () => {
    expect(replaceAuthorMentions('Li said so', { full: 'Li Wei' }, 'Rosa')).toBe('Rosa said so');
  });

  it('follows a change of author at once', () => {
    expect(replaceAuthorMentions('Ana and Rosa', { full: 'Ana' }, 'X')).toBe('X and Rosa');
    expect(replaceAuthorMentions('Ana and Rosa', { full: 'Rosa' }, 'X')).toBe('Ana and X');
  });

  it('splits a text into the name replaced and the rest, one piece per mention', () => {
    expect(splitAuthorMentions('Elena  Ruiz told Ruiz, and Elena and Ruiz.', author, 'Rosa')).toEqual([
      { text: 'Rosa', identity: true },
      { text: ' told ', identity: false },
      { text: 'Rosa', identity: true },
      { text: ', and ', identity: false },
      { text: 'Rosa', identity: true },
      { text: ' and ', identity: false },
      { text: 'Rosa', identity: true },
      { text: '.', identity: false },
    ]);
  });

  it('keeps a text without the name as one piece', () => {
    expect(splitAuthorMentions('Nobody here', author, 'Rosa')).toEqual([{ text: 'Nobody here', identity: false }]);
  });

  it('writes one full stop only when initials end the sentence', () => {
    expect(splitAuthorMentions('I am Ruiz.', author, 'M. E. R.')).toEqual([
      { text: 'I am ', identity: false },
      { text: 'M. E. R.', identity: true },
    ]);
    expect(replaceAuthorMentions('I am Ruiz.', author, 'Rosa')).toBe('I am Rosa.');
    expect(replaceAuthorMentions('Ruiz, then', author, 'M. E. R.')).toBe('M. E. R., then');
  });
});
