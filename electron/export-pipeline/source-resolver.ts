import type { ExportFormat } from '../../shared/consent/grant';
import type { BriefingExcerpt } from '../../shared/share/check-excerpts';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import type { PMNode } from '../../shared/consent/transform';
import type { Block } from '../../shared/export/export-document';
import type { ExportFileStem } from '../../shared/export/export-file-name';
import type { ExportSource } from '../../shared/ipc/contract-consent';
import type { OpenVault } from '../vault/types';

/**
 * The consent, ready to apply, handed to a resolver that builds its own blocks: every piece of
 * story text must pass through `blocks`, every line the source writes itself through `line`.
 */
export interface ConsentTransform {
  /** Applies the grant to a TipTap doc (or a fragment with a `doc` root): notes dropped, details redacted, identity applied. */
  blocks(doc: PMNode): Block[];
  /** Applies the identity to a plain line (heading, salutation, signature). Lines hold no marked details. */
  line(text: string): string;
  /** How the author appears under this grant ("M.", "Anonymous", …). */
  readonly authorName: string;
}

/**
 * Stands in a source's own lines (heading block, salutation, signature) for the author's name as
 * the grant shows it ("M. R.", a pseudonym, "Anonymous"): a template names its witness this way,
 * so the name always comes from the consent, even before the writer has entered theirs.
 */
export const AUTHOR_SLOT = '\u{E000}author\u{E000}';

/** What an export is made from, as its resolver hands it to the pipeline. */
export interface ResolvedSource {
  /** A TipTap doc the pipeline transforms, or blocks the resolver builds through the consent. */
  body: { doc: PMNode } | { build(consent: ConsentTransform): Block[] };
  /** Every story or document the export quotes, itself included: the grant must cover all of them. */
  quotedSourceIds: string[];
  /**
   * Excerpts from stories shared with this vault, in print order. They are not the grant's to cover:
   * each is checked against the terms its own writer set.
   */
  sharedExcerpts?: BriefingExcerpt[];
  /** Lines at the top (identity applied by the pipeline). */
  headingBlock?: string[];
  salutation?: string;
  /** Closing lines ("Respectfully submitted,"), identity applied by the pipeline. */
  signature?: string[];
  /** Add the author's name under the grant's identity as the last signature line. */
  signed?: boolean;
  /** Print the author's name under the grant's identity below the title. Default true. */
  byline?: boolean;
  numberedParagraphs?: boolean;
  /** Formats this kind of document may be exported to (e.g. a template that is PDF only); default any. */
  allowedFormats?: readonly ExportFormat[];
  /** Why the other formats are refused, in one plain sentence (who does not accept them). */
  formatReason?: string;
  /** Usually becomes public record whoever the grant names: the grant must acknowledge it. */
  publicRecord?: boolean;
  /** The neutral word the suggested file name starts with. */
  fileStem: ExportFileStem;
}

/** What the person chose for the whole document: a resolver writes its own fixed words in it. */
export interface ResolveContext {
  language: DocumentLanguage;
}

/** Reads one source from the open vault; throws HarborError('not_found') when it is not there. */
export type SourceResolver = (vault: OpenVault, id: string, context: ResolveContext) => Promise<ResolvedSource>;

/** One resolver per ExportSource kind; a kind without one cannot be exported (yet). */
export type SourceResolvers = Partial<Record<ExportSource['kind'], SourceResolver>>;
