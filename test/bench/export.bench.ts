import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createChromiumPrinter } from '../../electron/export/chromium-printer';
import { exportDocx, exportPdf } from '../../electron/export/index';
import { renderDocx } from '../support/render-docx-zip';
import { scrubDocx } from '../../electron/export/scrub-docx-file';
import { scrubPdf } from '../../electron/export/scrub-pdf';
import type { Block, ExportDocument } from '../../shared/export/export-document';
import { renderPrintHtml } from '../../shared/export/print-html';
import { kib, median, ms, type BenchRow } from './bench-row';

const WORDS =
  'the we our was were had when after before every night day morning work house city road money papers phone promised told said could not would never again finally help lawyer shelter court judge family school safe afraid waited months years later found left came went kept'.split(
    ' ',
  );

/** ≈ 12,000 words in 12 sections of 10 paragraphs: about 30 letter pages at 12 pt. */
export function longTestimony(): ExportDocument {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const sentence = () => {
    const words = Array.from({ length: 8 + (next() % 12) }, () => WORDS[next() % WORDS.length]!);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (): Block => {
    const runs = [];
    let words = 0;
    while (words < 100) {
      const s = `${sentence()} `;
      words += s.split(' ').length - 1;
      runs.push(next() % 7 === 0 ? { text: s, italic: true } : { text: s });
    }
    return { type: 'paragraph', runs };
  };
  const blocks: Block[] = [];
  for (let s = 1; s <= 12; s++) {
    blocks.push({ type: 'heading', level: 1, runs: [{ text: `Part ${s}` }] }, ...Array.from({ length: 10 }, paragraph));
  }
  return {
    language: 'en',
    title: 'Written testimony',
    byline: 'M.',
    blocks,
    numberedParagraphs: true,
    paper: 'letter',
  };
}

export function toMarkdown(doc: ExportDocument): string {
  return doc.blocks
    .map((b) =>
      b.type === 'heading'
        ? `# ${b.runs.map((r) => r.text).join('')}`
        : b.type === 'paragraph'
          ? b.runs.map((r) => (r.italic ? `*${r.text.trim()}* ` : r.text)).join('')
          : '',
    )
    .join('\n\n');
}

async function timed<T>(fn: () => Promise<T> | T, runs: number): Promise<{ median: number; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await fn();
    times.push(performance.now() - started);
  }
  return { median: median(times), last };
}

export const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export function runTimed(cmd: string, args: string[], cwd: string): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} failed`);
  return performance.now() - started;
}

export async function benchExport(): Promise<BenchRow[]> {
  const doc = longTestimony();
  const words = doc.blocks
    .flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.runs : []))
    .reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
  const rows: BenchRow[] = [];

  await exportDocx(doc); // warm-up (module loading, JIT)
  const docx = await timed(() => exportDocx(doc), 5);
  const rendered = await renderDocx(doc);
  const scrubOnly = await timed(() => scrubDocx(rendered, { title: doc.title }), 5);
  rows.push(
    {
      scenario: `DOCX export, ${words} words (render + scrub, median of 5)`,
      value: ms(docx.median),
      target: '< 150 ms (ref: docx ~40 ms for 16 pages)',
    },
    { scenario: 'DOCX scrub alone (unzip, clean, re-zip)', value: ms(scrubOnly.median) },
    { scenario: 'DOCX size', value: kib(docx.last.length) },
  );

  const launchStarted = performance.now();
  const printer = await createChromiumPrinter();
  const launch = performance.now() - launchStarted;
  let pdfMedian: number;
  try {
    await exportPdf(doc, printer); // warm-up: fonts, first layout
    const pdf = await timed(() => exportPdf(doc, printer), 5);
    pdfMedian = pdf.median;
    const raw = await printer.print(renderPrintHtml(doc), {
      paper: doc.paper,
      headerFooter: { language: doc.language },
    });
    const scrub = await timed(() => scrubPdf(raw, { title: doc.title }), 5);
    const pages = pdf.last.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
    rows.push(
      { scenario: 'Chromium launch (once per session)', value: ms(launch) },
      {
        scenario: `PDF export, ${pages} pages (print + scrub, warm browser, median of 5)`,
        value: ms(pdf.median),
        target: '< 800 ms (ref: page.pdf 0.25–0.33 s for 24 pages)',
      },
      { scenario: 'PDF scrub alone (parse, clean, rewrite)', value: ms(scrub.median) },
      { scenario: 'PDF size', value: kib(pdf.last.length) },
    );
  } finally {
    await printer.close();
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'harbor-bench-'));
  try {
    if (onPath('pandoc')) {
      writeFileSync(path.join(dir, 'in.md'), toMarkdown(doc));
      const t = median([0, 1, 2].map(() => runTimed('pandoc', ['in.md', '-o', 'out.docx'], dir)));
      rows.push(
        { scenario: 'pandoc md→docx, same text (median of 3)', value: ms(t) },
        { scenario: 'Harbor DOCX time ÷ pandoc md→docx', value: `${(docx.median / t).toFixed(2)}×`, target: '≤ 1×' },
      );
    } else {
      rows.push({ scenario: 'Harbor DOCX time ÷ pandoc md→docx', value: 'peer not installed', target: '≤ 1×' });
    }
    const office = ['libreoffice', 'soffice'].find(onPath);
    if (office) {
      writeFileSync(path.join(dir, 'ours.docx'), docx.last);
      const t = runTimed(office, ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'ours.docx'], dir);
      rows.push(
        { scenario: 'LibreOffice docx→pdf, same document (incl. start-up)', value: ms(t) },
        {
          scenario: 'Harbor PDF time ÷ LibreOffice docx→pdf',
          value: `${(pdfMedian / t).toFixed(2)}×`,
          target: '≤ 0.5×',
        },
        { scenario: 'LibreOffice PDF size', value: kib(statSync(path.join(dir, 'ours.pdf')).size) },
      );
    } else {
      rows.push({ scenario: 'Harbor PDF time ÷ LibreOffice docx→pdf', value: 'peer not installed', target: '≤ 0.5×' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
