/**
 * `npm run bench`: every scenario, printed as one table. Targets are printed beside the numbers;
 * they are goals to watch, not pass/fail tests (timing on a shared 2-core machine is noisy).
 * `npm run bench -- editor` (or `-- cli,export`) runs only the suites named; `typing` is the editor's.
 */
import { existsSync } from 'node:fs';
import type { BenchRow } from './bench-row';

type Suite = { name: string; file: string; fn: string };

const suites: Suite[] = [
  { name: 'renderer', file: './renderer.bench.ts', fn: 'benchRenderer' },
  { name: 'vault', file: './vault.bench.ts', fn: 'benchVault' },
  { name: 'export', file: './export.bench.ts', fn: 'benchExport' },
  { name: 'cli', file: './cli.bench.ts', fn: 'benchCli' },
  { name: 'search', file: './search.bench.ts', fn: 'benchSearch' },
  { name: 'editor', file: './editor.bench.ts', fn: 'benchEditor' },
  { name: 'save', file: './story-save.bench.ts', fn: 'benchStorySave' },
  { name: 'campaign', file: './campaign.bench.ts', fn: 'benchCampaign' },
  { name: 'campaign-dashboard', file: './campaign-dashboard.bench.ts', fn: 'benchCampaignDashboard' },
];

async function main() {
  const rows: BenchRow[] = [];
  const only = process.argv[2]?.split(',').map((name) => (name === 'typing' ? 'editor' : name));
  for (const suite of suites) {
    if (only && !only.includes(suite.name)) continue;
    if (!existsSync(new URL(suite.file, import.meta.url))) continue;
    const mod = (await import(suite.file)) as Record<string, () => Promise<BenchRow[]>>;
    const fn = mod[suite.fn];
    if (!fn) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    rows.push(...(await fn()));
  }
  const width = Math.max(...rows.map((r) => r.scenario.length), 8);
  // A long value (the per-query list) overruns its own row rather than widening every row's column.
  const valueWidth = Math.max(...rows.map((r) => r.value.length).filter((n) => n <= 40), 5);
  console.log(`${'scenario'.padEnd(width)}  ${'value'.padStart(valueWidth)}  target`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  ------`);
  for (const r of rows) console.log(`${r.scenario.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.target ?? ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
