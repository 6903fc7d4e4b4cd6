import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchHarbor } from '../e2e/harness/launch';
import { kib, median, ms, type BenchRow } from './bench-row';
import { firstScreenSize } from './first-screen';

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
  const first = firstScreenSize(path.resolve('out/renderer'));
  return [
    {
      scenario: `first-screen JavaScript (gzip -9): the lock screen's ${first.files} chunks, static imports from the entry`,
      value: kib(first.gzip),
      target: '≤ 150 KiB',
    },
    {
      scenario: 'renderer cold load to interactive start screen (median of 5, incl. browser start)',
      value: ms(median(loads)),
    },
    { scenario: 'first-screen JavaScript (raw)', value: kib(first.raw) },
    { scenario: 'renderer JavaScript, every chunk (raw)', value: kib(raw) },
    { scenario: 'renderer JavaScript, every chunk (gzip -9)', value: kib(gz) },
  ];
}
