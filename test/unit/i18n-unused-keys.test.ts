import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/src/i18n/resources';

/** Every leaf key of a locale tree, dotted (an array's items by index). */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Every string written out in the renderer's code: keys are literals there (eslint-rules/i18n-keys.mjs). */
async function literalsInRenderer(): Promise<Set<string>> {
  const found = new Set<string>();
  const entries = await readdir('renderer/src', { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/(['"`])([a-zA-Z0-9_.-]+)\1/g)) found.add(match[2]!);
  }
  return found;
}

/**
 * A key no code names is text no one can see; it still has to be translated and kept up, and it
 * hides the keys that matter. A key counts as used when the code names it, or names the group it is
 * in as a whole (plural()'s { one, other }, a list read with returnObjects).
 */
export function unusedKeys(localeKeys: readonly string[], literals: ReadonlySet<string>): string[] {
  return localeKeys.filter((key) => {
    const parts = key.split('.');
    return !parts.some((_p, i) => literals.has(parts.slice(0, i + 1).join('.')) && i >= 1);
  });
}

describe('locale keys', () => {
  it('every English key is used by the renderer', async () => {
    expect(unusedKeys(keys(resources.en.translation), await literalsInRenderer())).toEqual([]);
  });

  it('a key counts as used only when it or its whole group is named', () => {
    const locale = ['a.b.c', 'a.b.d', 'a.plural.one', 'a.plural.other', 'a.list.0', 'z.gone'];
    expect(unusedKeys(locale, new Set(['a.b.c', 'a.plural', 'a.list', 'a', 'z']))).toEqual(['a.b.d', 'z.gone']);
  });
});
