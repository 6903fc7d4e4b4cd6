import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Minimal RFC 4180 reader: Electronegativity quotes samples that may contain commas and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows;
}

describe('Electronegativity over the built app', () => {
  it('reports no HIGH or CRITICAL finding', async () => {
    expect(existsSync('out/main/index.js'), 'run npm run build first').toBe(true);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harbor-eneg-'));
    try {
      const report = path.join(dir, 'report.csv');
      const cli = path.resolve('node_modules/@doyensec/electronegativity/dist/index.js');
      // -e: it cannot fetch Electron's release list offline; it says so and carries on.
      await run(process.execPath, [cli, '-i', 'out', '-o', report, '-e', '45.4.1'], { timeout: 90_000 });
      const [header, ...rows] = parseCsv(await readFile(report, 'utf8')).filter((r) => r.length >= 4);
      expect(header?.[1]).toBe('severity');
      const serious = rows.filter((r) => ['HIGH', 'CRITICAL'].includes(r[1]!));
      expect(serious.map((r) => `${r[0]} ${r[3]} ${r[4]}`)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
