import { buildCampaignReport, type ReportQuote } from '../../shared/campaign/campaign-report';
import type { Campaign, CampaignExcerpt } from '../../shared/campaign/campaign-data';
import type {
  CampaignExcerptRefusal,
  CampaignReportPreview,
  ExcerptCandidate,
} from '../../shared/campaign/campaign-views';
import { checkGrant, type Refusal } from '../../shared/consent/check-grant';
import type { ConsentGrant } from '../../shared/consent/grant';
import { consentDay, today } from '../../shared/core/dates';
import type { DocumentLanguage, ExportFormat } from '../../shared/core/export-formats';
import { formatMessage } from '../../shared/error-text/error-catalog';
import { HarborError, isHarborError } from '../../shared/errors';
import type { Block, ExportDocument, Paper } from '../../shared/export/export-document';
import { safeExportFileName, suggestExportFileName } from '../../shared/export/export-file-name';
import { fromDoc } from '../../shared/export/from-doc';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { releaseDocument } from '../../shared/release/release-gate';
import { registerFromDoc } from '../../shared/story/detail-register';
import { createGrantStore } from '../consent/grant-store';
import { createProfileStore } from '../consent/profile-store';
import { exportDocx, exportPdf } from '../export/export-file';
import type { PdfPrinter } from '../export/pdf-printer';
import { createStoryService } from '../stories/story-service';
import type { OpenVault } from '../vault/types';
import { createCampaignService } from './campaign-service';
import { campaignTextGate } from './report-gate';

export interface CampaignReportOptions {
  id: string;
  format: ExportFormat;
  language: DocumentLanguage;
  paper: Paper;
}

export interface CampaignReportDeps {
  vault: OpenVault;
  clock: () => Date;
  printer?: PdfPrinter;
}

const creditLine = (name: string) => `\u2014 ${name}`;

async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isHarborError(error) && error.code === 'not_found') return null;
    throw error;
  }
}

type ExcerptSource = { kind: 'story'; storyId: string; grantId: string } | { kind: 'shared'; sharedStoryId: string };

type StoryView = Awaited<ReturnType<ReturnType<typeof createStoryService>['get']>>;

type Checked = { refusal: Refusal } | { story: StoryView; grant: ConsentGrant };

/**
 * A source checked against its writer's consent for this report. A shared story's excerpt is
 * refused: a report has no consent of its own whose audience and purpose the sharer's terms could
 * be checked against (quote it in a briefing instead).
 */
async function checkSource(
  deps: CampaignReportDeps,
  source: ExcerptSource,
  number: number,
  format: ExportFormat,
): Promise<Checked> {
  if (source.kind === 'shared')
    return { refusal: { code: 'excerpt-not-allowed', message: { key: 'campaign.sharedExcerptNotInReports' } } };
  const story = await orNull(createStoryService(deps.vault).get(source.storyId));
  if (!story || story.trashedAt)
    return {
      refusal: { code: 'source-not-covered', message: { key: 'campaign.excerptSourceMissing', params: { number } } },
    };
  const grant: ConsentGrant | null = await orNull(createGrantStore(deps.vault, deps.clock).get(source.grantId));
  const [first] = checkGrant(grant, {
    format,
    sourceIds: [story.id],
    today: consentDay(deps.clock()),
    publicRecord: false,
  });
  if (first || !grant) return { refusal: first ?? { code: 'no-grant', message: { key: 'refusal.noGrant' } } };
  return { story, grant };
}

/** Top-level blocks of a story as they leave under `grant`, and the credit it allows. */
function releaseBlocks(
  story: StoryView,
  grant: ConsentGrant,
  indices: readonly number[],
  opts: { language: DocumentLanguage; fullName: string },
): { blocks: Block[]; credit: string } {
  const content = story.doc.content ?? [];
  const body = { type: 'doc' as const, content: indices.flatMap((i) => (content[i] ? [content[i]] : [])) };
  const released = releaseDocument(
    { body },
    {
      terms: grant,
      author: { full: opts.fullName },
      language: opts.language,
      registers: [registerFromDoc(story.doc, story.details)],
    },
  );
  return { blocks: released.body ? fromDoc(released.body) : [], credit: creditLine(released.authorName) };
}

/** One excerpt checked against its writer's consent for this report, and released through the gate under it. */
async function quoteOf(
  deps: CampaignReportDeps,
  excerpt: CampaignExcerpt,
  number: number,
  opts: CampaignReportOptions & { fullName: string },
): Promise<{ quote: ReportQuote } | { refusal: CampaignExcerptRefusal }> {
  const checked = await checkSource(deps, excerpt, number, opts.format);
  if ('refusal' in checked) return { refusal: { number, excerptId: excerpt.id, refusal: checked.refusal } };
  const released = releaseBlocks(checked.story, checked.grant, excerpt.blocks, opts);
  return { quote: { number, excerptId: excerpt.id, ...released } };
}

/**
 * What a story would give a report under one consent, before it is chosen: each top-level
 * paragraph as the release gate prints it (never the original words), or the consent's refusal
 * (and then no words at all).
 */
export async function excerptCandidate(
  deps: CampaignReportDeps,
  request: { source: ExcerptSource; number: number; format: ExportFormat; language: DocumentLanguage },
): Promise<ExcerptCandidate> {
  const checked = await checkSource(deps, request.source, request.number, request.format);
  if ('refusal' in checked) return { refusal: checked.refusal, paragraphs: [], credit: null };
  // Only the writer's name is needed here: the whole-vault registers of the campaign's own text are not.
  const { fullName } = await createProfileStore(deps.vault).get();
  const opts = { language: request.language, fullName };
  const count = checked.story.doc.content?.length ?? 0;
  const paragraphs = Array.from({ length: count }, (_, index) => ({
    index,
    blocks: releaseBlocks(checked.story, checked.grant, [index], opts).blocks,
  })).filter((p) => p.blocks.length > 0);
  return { refusal: null, paragraphs, credit: releaseBlocks(checked.story, checked.grant, [], opts).credit };
}

export interface PreparedCampaignReport extends CampaignReportPreview {
  campaign: Campaign;
}

/** The report as it would leave Harbor, and every excerpt that refuses. Nothing is written. */
export async function prepareCampaignReport(
  deps: CampaignReportDeps,
  opts: CampaignReportOptions,
): Promise<PreparedCampaignReport> {
  const campaign = await createCampaignService(deps.vault).get(opts.id);
  const gate = await campaignTextGate(deps.vault, opts.language);
  const quotes: ReportQuote[] = [];
  const refusals: CampaignExcerptRefusal[] = [];
  for (const [i, excerpt] of campaign.excerpts.entries()) {
    const result = await quoteOf(deps, excerpt, i + 1, { ...opts, fullName: gate.fullName });
    if ('quote' in result) quotes.push(result.quote);
    else refusals.push(result.refusal);
  }
  const day = today(deps.clock);
  const document: ExportDocument = normalizeExportDocument(
    buildCampaignReport({
      campaign,
      language: opts.language,
      paper: opts.paper,
      today: day,
      release: gate.line,
      quotes,
    }),
  );
  // Named like a story export, in the report's language, and let out through the same gate.
  const neutral = suggestExportFileName('campaign-report', opts.format, day, opts.language);
  const suggestedFileName = safeExportFileName(gate.line(neutral), opts.format, neutral);
  return { campaign, refusals, quotes, document, suggestedFileName };
}

/** Refuses (consent_refused) naming every excerpt that stops the report, one line each. */
export function refuseExcerpts(refusals: readonly CampaignExcerptRefusal[]): void {
  if (refusals.length === 0) return;
  const lines = refusals.map((r) =>
    formatMessage('en', {
      key: 'campaign.excerptRefused',
      params: { number: `${r.number} (${r.excerptId})`, reason: formatMessage('en', r.refusal.message) },
    }),
  );
  throw new HarborError(
    'consent_refused',
    { key: 'consent.refused', params: { reasons: lines.join('\n') } },
    { refusals: refusals.map((r) => r.refusal) },
  );
}

/** The report's file bytes: refused as a whole when any excerpt's consent refuses. */
export async function renderCampaignReport(deps: CampaignReportDeps, opts: CampaignReportOptions): Promise<Buffer> {
  const prepared = await prepareCampaignReport(deps, opts);
  refuseExcerpts(prepared.refusals);
  if (opts.format === 'docx') return exportDocx(prepared.document);
  if (!deps.printer) throw new HarborError('unsupported', 'export.cannotMakePdf');
  return exportPdf(prepared.document, deps.printer);
}

/** Campaign reports over one open vault (built in the composition root, like the export pipeline). */
export function createCampaignReports(deps: CampaignReportDeps) {
  return {
    prepare: (opts: CampaignReportOptions) => prepareCampaignReport(deps, opts),
    render: (opts: CampaignReportOptions) => renderCampaignReport(deps, opts),
    candidate: (request: Parameters<typeof excerptCandidate>[1]) => excerptCandidate(deps, request),
    /** A typed file name leaves with the file: through the same gate as the report's text, then made safe. */
    async fileName(typed: string, opts: Pick<CampaignReportOptions, 'format' | 'language'>): Promise<string> {
      const gate = await campaignTextGate(deps.vault, opts.language);
      const fallback = suggestExportFileName('campaign-report', opts.format, today(deps.clock), opts.language);
      return safeExportFileName(gate.line(typed), opts.format, fallback);
    },
  };
}

export type CampaignReports = ReturnType<typeof createCampaignReports>;
