import { consentDay, today } from '../../shared/core/dates';
import { checkGrant, type Refusal } from '../../shared/consent/check-grant';
import { coverNoteText } from '../../shared/consent/cover-note';
import type { ConsentGrant } from '../../shared/consent/grant';
import type { TransformReport } from '../../shared/consent/transform';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import type { AuthorName } from '../../shared/consent/identity';
import type { UnmarkedCandidate } from '../../shared/consent/unmarked-check';
import { EXPORT_FORMATS, FORMAT_NAMES } from '../../shared/core/export-formats';
import { anyOf, type Message } from '../../shared/error-text/error-catalog';
import { HarborError, isHarborError } from '../../shared/errors';
import type { Block, ExportDocument } from '../../shared/export/export-document';
import { safeExportFileName, suggestExportFileName, titledExportFileName } from '../../shared/export/export-file-name';
import { fromDoc } from '../../shared/export/from-doc';
import { headerWithTitle } from '../../shared/export/running-header';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import { typesetDocument } from '../../shared/export/typography';
import { dropWithheldAffiliation } from '../../shared/export/withheld-affiliation';
import { releaseDocument, releaseRegisters } from '../../shared/release/release-gate';
import { createGrantStore } from '../consent/grant-store';
import { createProfileStore } from '../consent/profile-store';
import type { OpenVault } from '../vault/types';
import { excerptRefusals } from './excerpt-refusals';
import type { ExportOptions } from './export-options';
import { AUTHOR_SLOT, CAPTION_SLOT, type ResolvedSource, type SourceResolvers } from './source-resolver';
import { emptyReport } from './transform-report';
import { optional } from '../../shared/core/optional';

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
  /** Over its template's budget: run() refuses it unless the request says "export anyway". */
  overBudget: boolean;
  /** The shared stories it quotes, once each: each gets a use record once the file is written. */
  sharedStoryIds: string[];
  /** The release gate for a line known only later (a typed file name); unchanged without a grant. */
  releaseLine(text: string): string;
  /** The identifying-detail check over the source, minus what the gate withholds or replaces anyway. */
  undecided(lang: DocumentLanguage): UnmarkedCandidate[];
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
  const allowed = source.allowedFormats;
  if (!allowed || allowed.includes(options.format)) return [];
  const formats = anyOf(allowed.map((f) => f.toUpperCase()));
  const refused = EXPORT_FORMATS.filter((f) => !allowed.includes(f)).map((f) => FORMAT_NAMES[f]);
  const message: Message = source.formatsRefusedBy
    ? {
        key: 'refusal.formatNotAcceptedBy',
        params: { formats, template: source.formatsRefusedBy, refused: anyOf(refused) },
      }
    : { key: 'refusal.formatNotAccepted', params: { formats } };
  return [{ code: 'format-not-accepted', message }];
}

/** A story that opens with its own title as a heading prints it once, as the title, not twice. */
function withoutRepeatedTitle(blocks: Block[], title: string | null): Block[] {
  const first = blocks[0];
  const text = (b: Block) =>
    b.type === 'heading'
      ? b.runs
          .map((r) => r.text)
          .join('')
          .trim()
      : null;
  return title && first && text(first) === title.trim() ? blocks.slice(1) : blocks;
}

/**
 * Source → grant → checks → transform: the document that will leave the vault (or would, when
 * refused). Nothing is written. The preview and the export both come from here, so they cannot differ.
 */
export async function prepareExport(deps: PrepareDeps, options: ExportOptions): Promise<PreparedExport> {
  const resolve = deps.resolvers[options.source.kind];
  if (!resolve) throw new HarborError('unsupported', 'export.kindUnsupported');
  const source = await resolve(deps.vault, options.source.id, {
    language: options.language,
    fit: options.fit === true,
    clock: deps.clock,
  });
  const now = deps.clock();
  // Consents end by the later of the local and UTC day; the file is named for the person's own day.
  const consentToday = consentDay(now);
  const grant = await findGrant(deps, options.grantId);
  const refusals = [
    ...checkGrant(grant, {
      format: options.format,
      sourceIds: source.quotedSourceIds,
      today: consentToday,
      publicRecord: source.publicRecord === true,
    }),
    ...formatRefusals(source, options),
    ...excerptRefusals(source.sharedExcerpts ?? [], grant, options, consentToday),
  ];
  let report = emptyReport();
  const base = {
    language: options.language,
    title: options.title,
    paper: options.paper,
    numberedParagraphs: source.numberedParagraphs === true,
    ...optional('layout', source.layout === 'podium' ? source.layout : undefined),
    ...(source.captionCentered ? { captionCentered: true } : {}),
    ...(source.titleFirst ? { titleFirst: true } : {}),
  };
  const neutralFileName = suggestExportFileName(
    source.fileStem,
    options.format,
    today(() => now),
    options.language,
  );
  let suggestedFileName = neutralFileName;
  const titled = options.title?.trim() ? titledExportFileName(options.title, options.format) : null;
  let document: ExportDocument = { ...base, byline: null, blocks: [] };
  let releaseLine = (text: string) => text;
  const registers = source.registers ?? [];
  let author: AuthorName | null = null;
  if (grant) {
    const { fullName } = await createProfileStore(deps.vault).get();
    author = { full: fullName };
    // Everything that leaves goes through the one gate: body, title, every line, cover note, file name.
    const released = releaseDocument(
      {
        body: source.body.doc,
        title: options.title,
        headingBlock: source.headingBlock ?? [],
        salutation: source.salutation ?? null,
        signature: source.signature ?? [],
        fields: source.fields ?? [],
        coverNote: grant.coverNote ? coverNoteText(grant, options.language) : null,
        // Named after the title when there is one, as the gate lets it out; else a neutral name.
        fileName: titled ?? neutralFileName,
      },
      {
        terms: grant,
        author: { full: fullName },
        language: options.language,
        registers,
        flagChanges: true,
        authorSlot: AUTHOR_SLOT,
        captionSlot: { slot: CAPTION_SLOT, anonymous: source.anonymousWitness ?? null },
      },
    );
    report = released.report;
    // Anonymous: a withheld affiliation is left out of the caption and signature, not announced.
    const affiliation = (lines: string[]) =>
      grant.identity.mode === 'anonymous' ? dropWithheldAffiliation(lines, options.language) : lines;
    releaseLine = released.line;
    suggestedFileName = safeExportFileName(released.fileName ?? '', options.format, neutralFileName);
    document = {
      ...base,
      title: released.title,
      byline: source.byline === false ? null : released.authorName,
      // Not printed from here: the renderers isolate it in right-to-left paragraphs, like a placeholder.
      ...optional('identity', released.authorName || undefined),
      ...optional('headingBlock', released.headingBlock.length ? affiliation(released.headingBlock) : undefined),
      ...optional('salutation', released.salutation || undefined),
      ...optional('coverNote', released.coverNote || undefined),
      blocks: withoutRepeatedTitle(released.body ? fromDoc(released.body) : [], released.title),
      signature: affiliation([...released.signature, ...(source.signed ? [released.authorName] : [])]),
      // Through the same gate as the heading block: the slots named, withheld fields withheld.
      ...optional(
        'runningHeader',
        source.runningHeader
          ? headerWithTitle(source.titleInRunningHeader ? released.title : null, released.line(source.runningHeader))
          : undefined,
      ),
    };
  }
  return {
    refusals,
    // Typography last, on what the gate released: quote marks and no-break spaces only.
    document: typesetDocument(normalizeExportDocument(document, { keepChanges: true })),
    report,
    suggestedFileName,
    grant,
    quotedSourceIds: source.quotedSourceIds,
    overBudget: source.overBudget === true,
    sharedStoryIds: [...new Set((source.sharedExcerpts ?? []).map((e) => e.sharedStoryId))],
    releaseLine,
    // Only an export asks (not a preview): the registers are made again only then.
    undecided: (lang) => source.undecided(lang, { registers: releaseRegisters(source.body.doc, registers), author }),
  };
}
