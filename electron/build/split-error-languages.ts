import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/*
 * The renderer's first screen should carry the error catalog in one language only. Each area of
 * the catalog (shared/error-text/<area>-text.ts) keeps English and Spanish side by side, so that
 * the compiler refuses a message in one language only; this build step takes the Spanish out of
 * those modules in the renderer bundle and puts all of it in one module loaded on demand
 * (renderer/src/platform/error-language-es.ts, which the app loads before it shows Spanish).
 * The main process, the command line and the tests use the catalog as written.
 */

const TEXT_DIR = resolve(__dirname, '../../shared/error-text');
const AREA_FILE = /[\\/]shared[\\/]error-text[\\/]([a-z]+)-text\.ts$/;
const SPANISH_MODULE = /[\\/]renderer[\\/]src[\\/]platform[\\/]error-language-es\.ts$/;

/** The `es: { … }` object literal of an area's defineErrorText call: its source range. */
function spanishRange(file: string, code: string): { start: number; end: number } {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  let found: { start: number; end: number } | null = null;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineErrorText' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const prop of node.arguments[0].properties) {
        if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && prop.name.text === 'es') {
          found = { start: prop.initializer.getStart(source), end: prop.initializer.getEnd() };
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`split-error-languages: no "es" texts found in ${file}`);
  return found;
}

export function splitErrorLanguages(): Plugin {
  return {
    name: 'harbor-split-error-languages',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (!SPANISH_MODULE.test(id)) return null;
      const areas = readdirSync(TEXT_DIR)
        .map((name) => AREA_FILE.exec(`/shared/error-text/${name}`)?.[1])
        .filter((area): area is string => area !== undefined && area !== 'define');
      const entries = areas.map((area) => {
        const file = resolve(TEXT_DIR, `${area}-text.ts`);
        const code = readFileSync(file, 'utf8');
        this.addWatchFile(file);
        const { start, end } = spanishRange(file, code);
        return `  ${JSON.stringify(area)}: ${code.slice(start, end)},`;
      });
      return `export const spanish = {\n${entries.join('\n')}\n};\n`;
    },
    transform(code, id) {
      const area = AREA_FILE.exec(id)?.[1];
      if (!area || area === 'define') return null;
      const { start, end } = spanishRange(id, code);
      // Filled in by installErrorLanguage once the Spanish module has loaded.
      return { code: `${code.slice(0, start)}{}${code.slice(end)}`, map: null };
    },
  };
}
