import { describe, expect, it } from 'vitest';
import {
  ERROR_LANGUAGES,
  ERROR_TEXT,
  formatErrorMessage,
  isErrorMessageKey,
} from '../../../shared/error-text/error-catalog';
import { HarborError } from '../../../shared/errors';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const areas = Object.entries(ERROR_TEXT);

describe('the error catalog', () => {
  it.each(areas)('says every %s error in every language, with the same placeholders', (_area, texts) => {
    const english = Object.keys(texts.en).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const language of ERROR_LANGUAGES) {
      const words = texts[language] as Record<string, string>;
      expect(Object.keys(words).sort()).toEqual(english);
      for (const key of english) {
        expect(words[key]!.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(words[key]!), `${language} ${key}`).toEqual(
          placeholders((texts.en as Record<string, string>)[key]!),
        );
      }
    }
  });

  it.each(areas)('has Spanish words for each %s error, not the English copied over', (_area, texts) => {
    for (const [key, english] of Object.entries(texts.en as Record<string, string>)) {
      expect((texts.es as Record<string, string>)[key], key).not.toBe(english);
    }
  });

  it('words one key in each language, filling its values', () => {
    const text = { key: 'vault.itemDamagedMany', params: { count: 3 } } as const;
    expect(formatErrorMessage('en', text.key, text.params)).toBe(
      "3 saved items are damaged, so Harbor can't read them. Your other items are unaffected.",
    );
    expect(formatErrorMessage('es', text.key, text.params)).toMatch(/^3 elementos guardados están dañados/);
  });

  it('gives a HarborError its English message, its key and its values', () => {
    const error = new HarborError('integrity', { key: 'vault.itemDamagedMany', params: { count: 2 } });
    expect(error.message).toBe(
      "2 saved items are damaged, so Harbor can't read them. Your other items are unaffected.",
    );
    expect(error.messageKey).toBe('vault.itemDamagedMany');
    expect(error.params).toEqual({ count: 2 });
  });

  it('knows its own keys and nothing else', () => {
    expect(isErrorMessageKey('vault.wrongPassphrase')).toBe(true);
    for (const other of ['vault.', '.wrongPassphrase', 'vault.nope', 'toString.x', 'vault.toString', 42, undefined]) {
      expect(isErrorMessageKey(other)).toBe(false);
    }
  });
});
