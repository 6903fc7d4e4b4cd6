import path from 'node:path';
import type { ExportFormat } from '../../../shared/consent/grant';
import type { Lang } from '../../../shared/core/languages';
import { parseFormat } from '../consent-flags';
import type { CommandPrinter } from '../command-printer';
import { flagSet, secretAt, stringFlag, type CliCommand } from '../command';
import type * as ExportInVault from '../export-in-vault';
import type { ExportRequest } from '../export-in-vault';
import type { PdfPrinter } from '../../export/pdf-printer';
import { exportSourceFlag } from '../export-source-flags';
import { checkOutputFile } from '../output-file';
import { UsageError } from '../usage-error';
import { withVault } from '../with-vault';
import { warmUpExport } from '../warm-up-export';

/** A Word file is never printed: the pipeline is given this in place of Chromium. */
const NO_PRINTER: PdfPrinter = {
  print: () => Promise.reject(new Error('A DOCX export prints nothing.')),
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a story or a testimony to DOCX or PDF, as far as a consent allows',
  synopsis:
    '<dir> --story <id>|--testimony <id> --grant <gid> --format docx|pdf --out <file> [--overwrite] [--title <text>] [--paper letter|a4] [--language en|es] [--confirm-purpose <id,…>] [--accept-unmarked] [--fit] [--over-budget] --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    "--testimony <id>  A testimony, in its template's layout; the consent must cover it and every story",
    '                  it quotes. Some templates allow only one format (UK written evidence: DOCX).',
    'The consent is checked first (exit 5 with the reason if it does not allow this export); then',
    'private notes are left out, marked details replaced by fixed placeholders, your name shown as',
    'the consent says, and the file written with only neutral metadata. The export is recorded in',
    "the vault's sharing history (time, consent, format, file name, SHA-256).",
    'A testimony or briefing that quotes stories shared with you: each excerpt is checked against the',
    'terms its writer set (the kind of audience and purpose of your consent, the file type, expiry,',
    'withdrawal); exit 5 lists every excerpt that blocks it. A use is recorded on each quoted story.',
    'Once the consent allows it, the same identifying-detail check as the app: names, numbers, addresses,',
    'dates and places that look identifying and are neither marked nor cleared ("fine to share" in',
    'the app, remembered per story) stop the export with exit 5, listed one a line. Your own name and',
    'a marked detail written again are not listed: the consent replaces them. The check finds',
    'patterns (capitalized names, numbers, known places); it cannot know every name.',
    '--accept-unmarked Export anyway, with those details as written.',
    "A testimony over its template's budget (a spoken script longer than its minutes at your pace, or",
    'a document over its word or character limit, or a section over its own) is refused with exit 5,',
    "saying by how much, before anything is written ('harbor testimony show --fit' shows what to trim).",
    '--fit             A spoken script exported fitted to its chosen minutes at your pace, as the app',
    '                  previews it: whole sentences from the start of each section, the rest left out',
    '                  (how many is said on standard error). Other templates ignore it.',
    '--over-budget     Export anyway, over the budget (a spoken script: all of it).',
    '--confirm-purpose <id,…>  Shared stories (ids from `share list`) whose stated purpose you confirm',
    "                  this document serves, where it is worded differently from your consent's.",
    '--out <file>      Where to write the file (owner-only permissions); ".docx" or ".pdf" is added when',
    '                  the name lacks it. Never inside a vault folder.',
    '--overwrite       Replace <file> if it already exists (otherwise Harbor refuses).',
    "--title <text>    A title to print and put in the metadata. Default: a story's own title; none for a testimony.",
    '--paper           letter (default) or a4.   --language  en (default) or es, for fixed words.',
    "                  A testimony's template words (headings, salutation) follow --language too; for a",
    "                  testimony both default to its own language and its template's paper, as in the app.",
    'PDFs are printed with Chromium: $HARBOR_CHROMIUM, else chromium-headless-shell, else chromium.',
    'Prints the SHA-256 and the file on standard output.',
  ],
  positionals: ['dir'],
  flags: {
    story: 'string',
    testimony: 'string',
    grant: 'string',
    format: 'string',
    out: 'string',
    title: 'string',
    paper: 'string',
    language: 'string',
    'confirm-purpose': 'string',
    'accept-unmarked': 'boolean',
    'over-budget': 'boolean',
    fit: 'boolean',
    overwrite: 'boolean',
  },
  secrets: [{ label: 'passphrase' }],
  identifying: ['title'],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const need = (flag: string) => {
      const value = stringFlag(ctx.args, flag);
      if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is needed.`);
      return value;
    };
    const source = exportSourceFlag(ctx.args);
    const grantId = need('grant');
    const format: ExportFormat = parseFormat(need('format'));
    const out = await checkOutputFile(need('out'), {
      overwrite: flagSet(ctx.args, 'overwrite'),
      extension: `.${format}`,
    });
    const paperFlag = stringFlag(ctx.args, 'paper');
    const languageFlag = stringFlag(ctx.args, 'language');
    if (paperFlag !== undefined && paperFlag !== 'letter' && paperFlag !== 'a4')
      throw new UsageError('--paper must be letter or a4.');
    if (languageFlag !== undefined && languageFlag !== 'en' && languageFlag !== 'es')
      throw new UsageError('--language must be en or es.');
    const purposeConfirmedFor = (stringFlag(ctx.args, 'confirm-purpose') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const request: ExportRequest = {
      source,
      grantId,
      format,
      out,
      fileName: path.basename(out),
      paper: paperFlag as 'letter' | 'a4' | undefined,
      language: languageFlag as Lang | undefined,
      title: stringFlag(ctx.args, 'title'),
      purposeConfirmedFor,
      acceptUnmarked: flagSet(ctx.args, 'accept-unmarked'),
      overBudget: flagSet(ctx.args, 'over-budget'),
      fit: flagSet(ctx.args, 'fit'),
    };
    // The export's own code (the pipeline, the one renderer its format needs) loads while the
    // vault's key is derived in its worker thread, then warms up on Harbor's own words (never the
    // person's: the vault is not open yet), and Chromium for a PDF starts then too; closed below
    // on every path, printed or not. Only a PDF loads the Chromium code.
    let code: Promise<typeof ExportInVault> | null = null;
    const load = () => (code ??= import('../export-in-vault'));
    const printer: CommandPrinter | null =
      format === 'pdf' ? (await import('../command-printer')).commandPrinter() : null;
    // The warm-up stops once the vault is open, or the unlock has failed (the command is ending).
    let unlocking = true;
    try {
      const outcome = await withVault(
        dir,
        secretAt(ctx, 0),
        async (vault) => {
          unlocking = false;
          return (await load()).exportInVault(vault, request, printer ?? NO_PRINTER, ctx.io);
        },
        {
          whileUnlocking: () => {
            // Chromium first: it is spawned at once, and boots while this thread loads the code.
            printer?.start();
            load()
              .then(() => warmUpExport(() => unlocking))
              .catch(() => undefined);
          },
        },
      );
      return (await load()).reportExport(outcome, out, ctx.io);
    } finally {
      unlocking = false;
      await printer?.close();
    }
  },
};
