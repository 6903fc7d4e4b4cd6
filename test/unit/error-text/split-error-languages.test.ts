import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitErrorLanguages } from '../../../electron/build/split-error-languages';
import {
  ERROR_TEXT,
  formatErrorMessage,
  hasErrorLanguage,
  installErrorLanguage,
} from '../../../shared/error-text/error-catalog';

const root = resolve(__dirname, '../../..');
const plugin = splitErrorLanguages();
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (name: 'load' | 'transform') => plugin[name] as unknown as Hook;
const context = { addWatchFile: () => undefined };

/** The start of a message up to anything the source may write escaped (quotes, backslashes). */
const quotable = (text: string) => text.split(/["'\\\n]/)[0]!.slice(0, 30);

/** The module the app's build loads on demand, evaluated as the renderer would. */
function builtSpanish(): unknown {
  const code = hook('load').call(context, resolve(root, 'renderer/src/platform/error-language-es.ts')) as string;
  return new Function(code.replace('export const spanish =', 'return'))() as unknown;
}

describe("the app's build splitting the error catalog by language", () => {
  it('loads on demand every Spanish message of every area, exactly as the catalog has it', () => {
    const expected = Object.fromEntries(Object.entries(ERROR_TEXT).map(([area, texts]) => [area, texts.es]));
    expect(builtSpanish()).toEqual(expected);
  });

  it("leaves the catalog's first-screen code with its English and none of its Spanish", () => {
    for (const area of Object.keys(ERROR_TEXT)) {
      const file = resolve(root, `shared/error-text/${area}-text.ts`);
      const texts = ERROR_TEXT[area as keyof typeof ERROR_TEXT];
      const out = (hook('transform').call(context, readFileSync(file, 'utf8'), file) as { code: string }).code;
      for (const text of Object.values(texts.en)) expect(out).toContain(quotable(text));
      const english = Object.values(texts.en).map(quotable);
      const spanish = Object.values(texts.es).map(quotable);
      const checked = spanish.filter((t) => t.length > 8 && !english.some((e) => e.includes(t)));
      expect(checked.length).toBeGreaterThan(0);
      for (const text of checked) expect(out).not.toContain(text);
    }
  });

  it('says an error in English while the Spanish is loading, and in Spanish once it is in place', () => {
    const loaded = structuredClone(builtSpanish()) as Record<string, object>;
    const kept = Object.values(ERROR_TEXT).map((area) => ({ ...area.es }));
    try {
      for (const area of Object.values(ERROR_TEXT))
        for (const key of Object.keys(area.es)) delete (area.es as Record<string, string>)[key];
      expect(hasErrorLanguage('es')).toBe(false);
      expect(formatErrorMessage('es', 'vault.wrongPassphrase')).toBe("That passphrase doesn't open this vault.");
      installErrorLanguage('es', loaded);
      expect(hasErrorLanguage('es')).toBe(true);
      expect(formatErrorMessage('es', 'vault.wrongPassphrase')).toBe('Esa frase de contraseña no abre esta bóveda.');
    } finally {
      Object.values(ERROR_TEXT).forEach((area, n) => Object.assign(area.es, kept[n]));
    }
  });
});
