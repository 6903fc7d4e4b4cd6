/**
 * The `harbor` command line as a person runs it: whole processes of the shipped build
 * (out/cli/harbor.js, so `npm run bench` builds first), from start-up to exit. Export is timed on
 * the same ≈ 12,000-word text as the in-process export rows, against pandoc and LibreOffice where
 * they are installed. The vault is made by `harbor vault init` (key derivation calibrated to this
 * computer, as for a person), so each export includes opening it; the `story list` row is that
 * opening plus start-up, to subtract.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, ms, type BenchRow } from './bench-row';
import { longTestimony, onPath, runTimed, toMarkdown } from './export.bench';

const CLI = path.resolve('out/cli/harbor.js');
const PASS = 'a long bench passphrase';

/** One whole `harbor …` process; its stdout, and how long it took. */
function harbor(args: string[], stdin = `${PASS}\n`): { ms: number; out: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { input: stdin, encoding: 'utf8' });
  const took = performance.now() - started;
  if (r.status !== 0) throw new Error(`harbor ${args.slice(0, 2).join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: took, out: r.stdout.trim() };
}

const medianOf = (runs: number, fn: () => number) => median(Array.from({ length: runs }, fn));

export async function benchCli(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const node = medianOf(9, () => runTimed(process.execPath, ['-e', '0'], process.cwd()));
  const version = medianOf(9, () => harbor(['--version'], '').ms);
  const help = medianOf(9, () => harbor(['--help'], '').ms);
  rows.push(
    { scenario: 'harbor --version, whole process (median of 9)', value: ms(version), target: '< 150 ms' },
    { scenario: 'harbor --help, whole process (median of 9)', value: ms(help), target: '< 150 ms' },
    { scenario: 'node -e 0, for reference (median of 9)', value: ms(node) },
  );

  const dir = mkdtempSync(path.join(tmpdir(), 'harbor-bench-cli-'));
  try {
    const vault = path.join(dir, 'vault');
    harbor(['vault', 'init', vault, '--passphrase-stdin']);
    const doc = longTestimony();
    writeFileSync(path.join(dir, 'story.md'), `${toMarkdown(doc)}\n`);
    const story = harbor([
      'story',
      'add',
      vault,
      '--title',
      'Written testimony',
      '--from',
      path.join(dir, 'story.md'),
      '--passphrase-stdin',
    ]).out;
    const until = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const grant = harbor([
      'consent',
      'add',
      vault,
      '--story',
      story,
      '--audience-kind',
      'legislative-committee',
      '--audience',
      'Senate Judiciary Committee',
      '--purpose',
      'the hearing on SB 123',
      '--identity',
      'initials',
      '--redact',
      'all',
      '--formats',
      'docx,pdf',
      '--expires',
      until,
      '--public-record-ack',
      '--passphrase-stdin',
    ]).out;
    const open = medianOf(3, () => harbor(['story', 'list', vault, '--passphrase-stdin']).ms);
    const exportMs = (format: 'docx' | 'pdf') =>
      medianOf(
        3,
        () =>
          harbor([
            'export',
            vault,
            '--story',
            story,
            '--grant',
            grant,
            '--format',
            format,
            '--out',
            path.join(dir, `out.${format}`),
            '--overwrite',
            '--accept-unmarked',
            '--passphrase-stdin',
          ]).ms,
      );
    const docx = exportMs('docx');
    const pdf = exportMs('pdf');
    rows.push(
      { scenario: 'harbor story list, whole process: start-up + opening the vault (median of 3)', value: ms(open) },
      { scenario: 'harbor export --format docx, 30 pages, whole process (median of 3)', value: ms(docx) },
      { scenario: 'harbor export --format docx minus opening the vault', value: ms(docx - open) },
      {
        scenario: 'harbor export --format pdf, 30 pages, whole process incl. Chromium launch (median of 3)',
        value: ms(pdf),
      },
      { scenario: 'harbor export --format pdf minus opening the vault', value: ms(pdf - open) },
    );

    if (onPath('pandoc')) {
      const pandoc = medianOf(3, () => runTimed('pandoc', ['story.md', '-o', 'pandoc.docx'], dir));
      rows.push(
        { scenario: 'pandoc md→docx, same text, whole process (median of 3)', value: ms(pandoc) },
        {
          scenario: 'harbor export docx minus opening the vault ÷ pandoc',
          value: `${((docx - open) / pandoc).toFixed(2)}×`,
          target: '≤ 0.5×',
        },
      );
    } else {
      rows.push({
        scenario: 'harbor export docx minus opening the vault ÷ pandoc',
        value: 'peer not installed',
        target: '≤ 0.5×',
      });
    }
    const office = ['libreoffice', 'soffice'].find(onPath);
    if (office) {
      const lo = medianOf(3, () =>
        runTimed(office, ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'out.docx'], dir),
      );
      rows.push(
        { scenario: 'LibreOffice docx→pdf, same document, whole process (median of 3)', value: ms(lo) },
        {
          scenario: 'harbor export pdf minus opening the vault ÷ LibreOffice',
          value: `${((pdf - open) / lo).toFixed(2)}×`,
          target: '≤ 0.3×',
        },
      );
    } else {
      rows.push({
        scenario: 'harbor export pdf minus opening the vault ÷ LibreOffice',
        value: 'peer not installed',
        target: '≤ 0.3×',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
