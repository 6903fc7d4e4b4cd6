import { consentDay, localDay } from '../../shared/core/dates';
import { checkGrant, type Refusal } from '../../shared/consent/check-grant';
import { coverNoteText } from '../../shared/consent/cover-note';
import type { ConsentGrant } from '../../shared/consent/grant';
import type { TransformReport } from '../../shared/consent/transform';
import { HarborError, isHarborError } from '../../shared/errors';
import type { ExportDocument } from '../../shared/export/export-document';
import { suggestExportFileName } from '../../shared/export/export-file-name';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { createGrantStore } from '../consent/grant-store';
import { createProfileStore } from '../consent/profile-store';
import type { OpenVault } from '../vault/types';
import { consentTransform } from './consent-transform';
import { excerptRefusals } from './excerpt-refusals';
import type { ExportOptions } from './export-options';
import { AUTHOR_SLOT, type ResolvedSource, type SourceResolvers } from './source-resolver';
import { emptyReport } from './transform-report';

/** Everything an export needs once the vault has been read: what the preview shows and the file holds. */
export interface PreparedExport {
  /** Empty when the export may go ahead; the first is what the person is told. */
  refusals: Refusal[];
  /** Normalized, with preview flags on changed runs (renderers drop them). */
  document: ExportDocument;
  report: TransformReport;
  suggestedFileName: string;
  grant: ConsentGrant | null;
  quotedSourceIds: string[];
  /** The shared stories it quotes, once each: each gets a use record once the file is written. */
  sharedStoryIds: string[];
}

export interface PrepareDeps {
  vault: OpenVault;
  resolvers: SourceResolvers;
  /** Today and "now" come from here, so expiry is tested without waiting a year. */
  clock: () => Date;
}

async function findGrant(deps: PrepareDeps, id: string): Promise<ConsentGrant | null> {
  try {
    return await createGrantStore(deps.vault, deps.clock).get(id);
  } catch (error) {
    if (isHarborError(error) && error.code === 'not_found') return null;
    throw error;
  }
}

function formatRefusals(source: ResolvedSource, options: ExportOptions): Refusal[] {
  if (!source.allowedFormats || source.allowedFormats.includes(options.format)) return [];
  const only = `This document can be exported only as ${source.allowedFormats.map((f) => f.toUpperCase()).join(' or ')}.`;
  return [{ code: 'format-not-accepted', message: source.formatReason ? `${only} ${source.formatReason}` : only }];
}

/**
 * Source → grant → checks → transform: the document that will leave the vault (or would, when
 * refused). Nothing is written. The preview and the export both come from here, so they cannot differ.
 */
export async function prepareExport(deps: PrepareDeps, options: ExportOptions): Promise<PreparedExport> {
  const resolve = deps.resolvers[options.source.kind];
  if (!resolve) throw new HarborError('unsupported', 'export.kindUnsupported');
  const source = await resolve(deps.vault, options.source.id, { language: options.language });
  const now = deps.clock();
  // Consents end by the later of the local and UTC day; the file is named for the person's own day.
  const today = consentDay(now);
  const grant = await findGrant(deps, options.grantId);
  const refusals = [
    ...checkGrant(grant, {
      format: options.format,
      sourceIds: source.quotedSourceIds,
      today,
      publicRecord: source.publicRecord === true,
    }),
    ...formatRefusals(source, options),
    ...excerptRefusals(source.sharedExcerpts ?? [], grant, options, today),
  ];
  const report = emptyReport();
  const base = {
    language: options.language,
    title: options.title,
    paper: options.paper,
    numberedParagraphs: source.numberedParagraphs === true,
  };
  let document: ExportDocument = { ...base, byline: null, blocks: [] };
  if (grant) {
    const { fullName } = await createProfileStore(deps.vault).get();
    const consent = consentTransform(grant, { full: fullName }, options.language, report);
    const blocks = 'doc' in source.body ? consent.blocks(source.body.doc) : source.body.build(consent);
    const line = (text: string) => consent.line(text).split(AUTHOR_SLOT).join(consent.authorName);
    document = {
      ...base,
      // Approved by the writer, but still under the identity: a name typed into it is replaced too.
      title: options.title === null ? null : consent.line(options.title),
      byline: source.byline === false ? null : consent.authorName,
      ...(source.headingBlock ? { headingBlock: source.headingBlock.map(line) } : {}),
      ...(source.salutation ? { salutation: line(source.salutation) } : {}),
      ...(grant.coverNote ? { coverNote: coverNoteText(grant, options.language) } : {}),
      blocks,
      signature: [...(source.signature ?? []).map(line), ...(source.signed ? [consent.authorName] : [])],
    };
  }
  return {
    refusals,
    document: normalizeExportDocument(document, { keepChanges: true }),
    report,
    suggestedFileName: suggestExportFileName(source.fileStem, options.format, localDay(now)),
    grant,
    quotedSourceIds: source.quotedSourceIds,
    sharedStoryIds: [...new Set((source.sharedExcerpts ?? []).map((e) => e.sharedStoryId))],
  };
}
