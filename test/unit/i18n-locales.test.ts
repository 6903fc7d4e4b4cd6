import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/src/i18n/i18n';

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

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

describe('locales', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('no Spanish string is left empty or identical to a long English one', () => {
    const enLeaves = new Set(leaves(en).filter((s) => s.split(' ').length > 3));
    for (const value of leaves(es)) {
      expect(value.trim()).not.toBe('');
      expect(enLeaves.has(value), value).toBe(false);
    }
  });

  it('every t() key used in the renderer exists', async () => {
    const all = new Set(keys(en));
    for (const file of await sourceFiles('renderer/src')) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        expect(all.has(match[1]!), `${file}: ${match[1]}`).toBe(true);
      }
    }
  });

  it('no visible text is hard-coded in JSX', async () => {
    for (const file of await sourceFiles('renderer/src')) {
      const text = await readFile(file, 'utf8');
      // Text between a closing '>' and the next '<' that holds letters and is not an expression.
      const literals = [...text.matchAll(/>\s*([^<>{}]*[A-Za-zÁÉÍÓÚáéíóúñÑ][^<>{}]*)\s*</g)]
        .map((m) => m[1]!.trim())
        .filter((s) => s && !/^[=&|?:;,.)(\]\s\w]*=>/.test(s) && !/^\)\s*[;,]?$/.test(s));
      const suspicious = literals.filter((s) => /^[A-Z¿¡][a-zá-ú]+(\s+\w+)+/.test(s));
      expect(suspicious, file).toEqual([]);
    }
  });
});
