import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchHarbor } from '../e2e/harness/launch';
import { kib, median, ms, type BenchRow } from './bench-row';

/** Cold load: a fresh browser page until the start screen's button can be clicked. */
export async function benchRenderer(): Promise<BenchRow[]> {
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const app = await launchHarbor();
    await app.page.getByRole('button', { name: 'Get started' }).waitFor({ state: 'visible' });
    loads.push(performance.now() - started);
    await app.close();
  }
  const assets = path.resolve('out/renderer/assets');
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gz = 0;
  for (const file of scripts) {
    const bytes = await readFile(path.join(assets, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return [
    {
      scenario: 'renderer cold load to interactive start screen (median of 5, incl. browser start)',
      value: ms(median(loads)),
    },
    { scenario: 'renderer JavaScript (raw)', value: kib(raw) },
    { scenario: 'renderer JavaScript (gzip -9)', value: kib(gz) },
  ];
}
