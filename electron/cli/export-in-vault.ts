import type { ExportFormat } from '../../shared/consent/grant';
import type { Lang } from '../../shared/core/languages';
import type { ExportSource } from '../../shared/ipc/contract-consent';
import type { ScriptFit } from '../../shared/testimony/fit-script';
import type { PdfPrinter } from '../export/pdf-printer';
import { createExportPipeline } from '../export-pipeline/export-pipeline';
import type { SourceResolvers } from '../export-pipeline/source-resolver';
import { SOURCE_RESOLVERS } from '../export-pipeline/source-resolvers';
import { storySource, storySourceOf } from '../export-pipeline/story-source';
import { createStoryService } from '../stories/story-service';
import type { OpenVault } from '../vault/types';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { refuseUndecided } from './unmarked-gate';

/**
 * The part of `harbor export` that runs in the open vault, with the code and packages only it
 * needs (the export pipeline; a testimony's budgets from testimony-export-checks.ts, only for a
 * testimony). commands/export.ts loads this module while the vault's key is derived.
 */

/** What the command line asked for, its options already checked. */
export interface ExportRequest {
  source: ExportSource;
  grantId: string;
  format: ExportFormat;
  /** The file to write (checked, with its extension). */
  out: string;
  fileName: string;
  paper: 'letter' | 'a4' | undefined;
  language: Lang | undefined;
  title: string | undefined;
  purposeConfirmedFor: string[];
  acceptUnmarked: boolean;
  overBudget: boolean;
  fit: boolean;
}

/**
 * A story's own title, the default without --title. The story is read (decrypted and parsed) once:
 * the pipeline is handed it rather than reading it again.
 */
async function ownStoryTitle(vault: OpenVault, source: ExportSource) {
  if (source.kind !== 'story') return { title: null, resolvers: SOURCE_RESOLVERS };
  const story = await createStoryService(vault).get(source.id);
  const resolvers: SourceResolvers = {
    ...SOURCE_RESOLVERS,
    story: async (v, id, context) => (id === story.id ? storySourceOf(story) : storySource(v, id, context)),
  };
  return { title: story.title.trim() || null, resolvers };
}

/** Exports inside the open vault; what to tell the person is said by reportExport, once it is closed. */
export async function exportInVault(vault: OpenVault, request: ExportRequest, printer: PdfPrinter, io: CliIo) {
  const { source } = request;
  const checked =
    source.kind === 'testimony'
      ? await (await import('./testimony-export-checks')).checkTestimonyExport(vault, source.id, request)
      : null;
  if (checked?.overBudget) return { status: 'over-budget' as const, lines: checked.overBudget };
  const testimony = checked?.testimony ?? null;
  const fit = checked?.fit ?? null;
  // As in the app, a testimony starts from its own language and its template's paper.
  const paper = request.paper ?? testimony?.template.layout.paper ?? 'letter';
  const language = request.language ?? testimony?.language ?? 'en';
  const own = request.title === undefined ? await ownStoryTitle(vault, source) : null;
  const outcome = await createExportPipeline({ vault, printer, resolvers: own?.resolvers }).run(
    {
      source,
      grantId: request.grantId,
      format: request.format,
      paper,
      language,
      // A story's own title by default, as the app offers it (the release gate decides what of it prints).
      title: request.title ?? own?.title ?? null,
      purposeConfirmedFor: request.purposeConfirmedFor,
      ...(fit ? { fit: true } : {}),
      fileName: request.fileName,
      // Checked above in the command line's own words; the pipeline checks again.
      overBudget: request.overBudget,
    },
    async () => request.out,
    // Once the consent allows it: the identifying-detail gate, as in the app, before any file.
    { accept: request.acceptUnmarked, refuse: (left) => refuseUndecided(io, left) },
  );
  return { ...outcome, fit };
}

export type ExportOutcome = Awaited<ReturnType<typeof exportInVault>>;

/** Tells the person what happened (the vault is closed by now) and gives the exit code. */
export function reportExport(outcome: ExportOutcome, out: string, io: CliIo): ExitCode {
  if (outcome.status === 'over-budget') {
    for (const line of outcome.lines) io.err(line);
    return EXIT.consentRefused;
  }
  if (outcome.status === 'saved') {
    io.out(`${outcome.value.sha256}  ${out}`);
    const fit: ScriptFit | null = outcome.fit;
    if (fit) {
      const left = fit.sections.reduce((n, s) => n + s.cut.length, 0);
      const minutes = `${fit.minutes} minute${fit.minutes === 1 ? '' : 's'}`;
      io.err(
        `Fitted to ${minutes} at ${fit.wpm} words a minute: ${fit.words} words, ${left} sentence${left === 1 ? '' : 's'} left out.`,
      );
    }
    io.err(`Exported and recorded in the sharing history (for ${outcome.value.audience}).`);
  }
  return EXIT.ok;
}
