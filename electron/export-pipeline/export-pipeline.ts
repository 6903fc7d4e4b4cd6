import type { ExportFormat } from '../../shared/consent/grant';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import type { UnmarkedCandidate } from '../../shared/consent/unmarked-check';
import { HarborError } from '../../shared/errors';
import { safeExportFileName } from '../../shared/export/export-file-name';
import path from 'node:path';
import type { ExportedFile, ExportPreview, SaveOutcome } from '../../shared/ipc/contract-consent';
import { createSharingHistory } from '../consent/sharing-history';
import { exportDocx, exportPdf } from '../export/export-file';
import type { PdfPrinter } from '../export/pdf-printer';
import type { OpenVault } from '../vault/types';
import type { ExportOptions } from './export-options';
import { prepareExport, type PreparedExport } from './prepare-export';
import { recordSharedUses } from './record-shared-uses';
import type { SourceResolvers } from './source-resolver';
import { SOURCE_RESOLVERS } from './source-resolvers';
import { saveFile } from '../platform/save-file';
import { formatMessage } from '../../shared/error-text/error-catalog';

export interface ExportPipelineDeps {
  vault: OpenVault;
  printer: PdfPrinter;
  resolvers?: SourceResolvers;
  clock?: () => Date;
}

/** Where to save: a dialog in the app, --out on the command line. null = the person cancelled. */
export type ChooseDestination = (fileName: string, format: ExportFormat) => Promise<string | null>;

/** One export as run: the options, the typed file name, and the language the person's check ran in. */
export type RunOptions = ExportOptions & {
  fileName?: string;
  /** The language the app's identifying-detail check used (its own); the document's when left out. */
  checkLanguage?: DocumentLanguage;
  /** The person chose "Export anyway" (the command line's --over-budget) for a document over its budget. */
  overBudget?: boolean;
};

/** How run() treats what the identifying-detail check still asks about. */
export interface UndecidedPolicy {
  /** Export it as written: the command line's --accept-unmarked. The app has no such request. */
  accept?: boolean;
  /** Refuse in the caller's own words first (the command line lists each on standard error). */
  refuse?: (candidates: readonly UnmarkedCandidate[]) => void;
}

function refuseIfNeeded(
  prepared: PreparedExport,
): asserts prepared is PreparedExport & { grant: NonNullable<PreparedExport['grant']> } {
  const first = prepared.refusals[0];
  if (first || !prepared.grant) {
    // Every excerpt that blocks it is named (one line each), so all can be fixed at once.
    // `reasons` is for the command line (English); the app words each refusal from `details`.
    const excerpts = prepared.refusals.filter((r) => r.excerpt).map((r) => formatMessage('en', r.message));
    const lines = [...(first && !first.excerpt ? [formatMessage('en', first.message)] : []), ...excerpts];
    const details = { refusals: prepared.refusals };
    if (lines.length === 0) throw new HarborError('consent_refused', 'consent.noConsentForExport', details);
    throw new HarborError(
      'consent_refused',
      { key: 'consent.refused', params: { reasons: lines.join('\n') } },
      details,
    );
  }
}

/**
 * The consent-gated export: source → grant → checks → transform → render → scrub → atomic write →
 * sharing history. Plain Node; the app, the e2e harness and the CLI differ only in the printer and
 * in how the destination is chosen.
 */
export function createExportPipeline(deps: ExportPipelineDeps) {
  const prepareDeps = {
    vault: deps.vault,
    resolvers: deps.resolvers ?? SOURCE_RESOLVERS,
    clock: deps.clock ?? (() => new Date()),
  };
  const render = (prepared: PreparedExport, format: ExportFormat) =>
    format === 'docx' ? exportDocx(prepared.document) : exportPdf(prepared.document, deps.printer);

  return {
    prepare: (options: ExportOptions) => prepareExport(prepareDeps, options),

    async preview(options: ExportOptions): Promise<ExportPreview> {
      const { refusals, document, report, suggestedFileName } = await prepareExport(prepareDeps, options);
      return { refusals, document, report, suggestedFileName };
    },

    /** The file bytes exactly as run() would write them (benchmarks, tests); refused like run(). */
    async render(options: ExportOptions): Promise<Buffer> {
      const prepared = await prepareExport(prepareDeps, options);
      refuseIfNeeded(prepared);
      return render(prepared, options.format);
    },

    async run(
      options: RunOptions,
      choose: ChooseDestination,
      undecided: UndecidedPolicy = {},
    ): Promise<SaveOutcome<ExportedFile>> {
      const prepared = await prepareExport(prepareDeps, options);
      refuseIfNeeded(prepared);
      // The budget again, here: the app's "Export anyway" step and the CLI's check are not the only way in.
      if (prepared.overBudget && options.overBudget !== true)
        throw new HarborError('consent_refused', 'export.overBudget');
      // The check again, here: a request that skipped the app's check, or text changed since, is refused.
      if (!undecided.accept) {
        const left = prepared.undecided(options.checkLanguage ?? options.language);
        if (left.length > 0) {
          undecided.refuse?.(left);
          const count = left.length;
          throw new HarborError('consent_refused', { key: 'consent.undecidedDetails', params: { count } });
        }
      }
      // A typed file name leaves with the file: through the same gate as its text.
      const name = safeExportFileName(
        prepared.releaseLine(options.fileName ?? ''),
        options.format,
        prepared.suggestedFileName,
      );
      const target = await choose(name, options.format);
      if (target === null) return { status: 'cancelled' };
      const bytes = await render(prepared, options.format);
      const written = await saveFile(target, bytes);
      const record = await createSharingHistory(deps.vault).record({
        at: prepareDeps.clock().toISOString(),
        grantId: prepared.grant.id,
        audience: prepared.grant.audience.name,
        audienceKind: prepared.grant.audience.kind,
        format: options.format,
        fileName: written.fileName,
        sha256: written.sha256,
        sourceIds: prepared.quotedSourceIds,
        // Released by the gate with the rest of the document (prepareExport).
        title: prepared.document.title ?? null,
      });
      await recordSharedUses(deps.vault, prepareDeps.clock, prepared.sharedStoryIds, {
        at: record.at,
        audience: { kind: prepared.grant.audience.kind, name: prepared.releaseLine(prepared.grant.audience.name) },
        purpose: prepared.releaseLine(prepared.grant.purpose),
        format: options.format,
        fileName: prepared.releaseLine(written.fileName),
        sha256: written.sha256,
      });
      return { status: 'saved', value: { ...record, folder: path.basename(path.dirname(target)) } };
    },
  };
}

export type ExportPipeline = ReturnType<typeof createExportPipeline>;
