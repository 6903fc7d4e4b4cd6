import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/src/i18n/resources';

const en = resources.en.translation;
const es = resources.es.translation;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [String(v)]));
}

async function sourceFiles(dir: string, ending = /\.tsx$/): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ending.test(e.name))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/** JSX attributes a person never sees or hears: anything else given as a literal is UI text. */
const UNSEEN_ATTRIBUTES = new Set([
  'className',
  'id',
  'key',
  'type',
  'role',
  'name',
  'value',
  'htmlFor',
  'data-testid',
  'testId',
  'data-field',
  'aria-live',
  'aria-hidden',
  'aria-haspopup',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-keyshortcuts',
  'autoComplete',
  'autoCapitalize',
  'autoCorrect',
  'translate',
  'accept',
  'scope',
  'focusable',
  'fill',
  'stroke',
  'strokeLinecap',
  'strokeLinejoin',
  'd',
  'transform',
  'viewBox',
  'headingId',
  'inputMode',
  'lang',
  'dir',
  'rel',
  'method',
  'xmlns',
]);

/** Text a person would see that is written into the markup instead of coming from the locales. */
function hardCodedText(file: string, source: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const literal = (node: ts.Node | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && !UNSEEN_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const text = ts.isJsxExpression(init) ? literal(init.expression) : literal(init);
      if (text !== null && /\p{L}/u.test(text)) found.push(`${node.name.getText(sf)}="${text}"`);
    }
    // A literal string as a child expression: {'Cancel'}.
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literal(node.expression);
      if (text !== null && /\p{L}/u.test(text)) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('locales', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('a Spanish singular never says "unos" or "unas" ("unos 1 minuto")', () => {
    const singulars = (obj: object, prefix = ''): [string, string][] =>
      Object.entries(obj).flatMap(([k, v]): [string, string][] =>
        typeof v === 'object' && v !== null
          ? singulars(v, `${prefix}${k}.`)
          : /(^|\.)one$|One$/.test(`${prefix}${k}`)
            ? [[`${prefix}${k}`, String(v)]]
            : [],
      );
    const found = singulars(es);
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter(([, text]) => /\bun[oa]s\b/i.test(text))).toEqual([]);
  });

  it('no Spanish string is left empty or identical to a long English one', () => {
    const enLeaves = new Set(leaves(en).filter((s) => s.split(' ').length > 3));
    for (const value of leaves(es)) {
      expect(value.trim()).not.toBe('');
      expect(enLeaves.has(value), value).toBe(false);
    }
  });

  it('every t() key used in the renderer exists, and every key built at run time has its group', async () => {
    const all = new Set(keys(en));
    const groups = new Set(
      [...all].flatMap((k) =>
        k
          .split('.')
          .slice(0, -1)
          .map((_p, i, parts) => parts.slice(0, i + 1).join('.')),
      ),
    );
    for (const file of await sourceFiles('renderer/src', /\.tsx?$/)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        expect(all.has(match[1]!), `${file}: ${match[1]}`).toBe(true);
      }
      // t(`workspace.sensitive.categories.${c}`): the fixed part must name a group of keys.
      for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) {
        expect(groups.has(match[1]!), `${file}: ${match[1]}.…`).toBe(true);
      }
    }
  });

  it('no visible text is hard-coded in the markup: text, labels, titles and placeholders come from the locales', async () => {
    const files = await sourceFiles('renderer/src');
    // Safety net for the scan itself: the testimony, safety and share screens are among the files.
    for (const area of ['testimony', 'safety', 'share', 'consent', 'export', 'library', 'editor']) {
      expect(
        files.some((f) => f.includes(`${path.sep}${area}${path.sep}`)),
        area,
      ).toBe(true);
    }
    for (const file of files) {
      expect(hardCodedText(file, await readFile(file, 'utf8')), file).toEqual([]);
    }
  });

  it('the scan catches a single hard-coded word, an English label and a literal child', () => {
    const sample = `export const A = () => (
      <div>
        <button aria-label="Close the panel" className="x">Cancel</button>
        <input placeholder='Search' id="q" />
        <p>{'Saved'}</p>
        <p>{t('ok')} · {count}</p>
      </div>
    );`;
    expect(hardCodedText('sample.tsx', sample)).toEqual([
      'aria-label="Close the panel"',
      'Cancel',
      'placeholder="Search"',
      'Saved',
    ]);
  });
});
