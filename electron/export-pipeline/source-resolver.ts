import type { ExportFormat } from '../../shared/consent/grant';
import type { BriefingExcerpt } from '../../shared/share/check-excerpts';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import type { StoryDoc } from '../../shared/core/story-doc';
import type { HandledByGate, UnmarkedCandidate } from '../../shared/consent/unmarked-check';
import type { ExportFileStem } from '../../shared/export/export-file-name';
import type { DocumentLayout } from '../../shared/export/export-document';
import type { ExportSource } from '../../shared/ipc/contract-consent';
import type { OutgoingField } from '../../shared/release/release-gate';
import type { DetailRegister } from '../../shared/story/detail-register';
import type { OpenVault } from '../vault/types';
import type { Clock } from '../../shared/core/dates';
import type { PerLanguage } from '../../shared/error-text/define-error-text';

/**
 * Stands in a source's own lines (heading block, salutation, signature) for the author's name as
 * the grant shows it ("M. R.", a pseudonym, "Anonymous"): a template names its witness this way,
 * so the name always comes from the consent, even before the writer has entered theirs.
 */
export const AUTHOR_SLOT = '\u{E000}author\u{E000}';
/** The same for the witness in a caption, which an anonymous identity words differently (CaptionSlot). */
export const CAPTION_SLOT = '\u{E000}caption\u{E000}';

/** What an export is made from, as its resolver hands it to the pipeline. */
export interface ResolvedSource {
  /** A TipTap doc, consent not yet applied: the release gate decides what of it leaves. */
  body: { doc: StoryDoc };
  /** The detail registers of every story it draws on: their variants are withheld wherever they appear. */
  registers?: DetailRegister[];
  /** Template field values behind the heading block, salutation and signature, with their categories. */
  fields?: OutgoingField[];
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
  /** The header of pages 2 on, before "Page 2 of 5" (slots and fields released by the pipeline). */
  runningHeader?: string;
  /** Put the printed title first in the running header (a story: "Title • M. R."), as the gate released it. */
  titleInRunningHeader?: boolean;
  /** Add the author's name under the grant's identity as the last signature line. */
  signed?: boolean;
  /** Print the author's name under the grant's identity below the title. Default true. */
  byline?: boolean;
  numberedParagraphs?: boolean;
  /** How the page is set (a spoken script: `podium`); default standard. */
  layout?: DocumentLayout;
  /** The caption's witness when the consent keeps the author anonymous ("a survivor witness"). */
  anonymousWitness?: string;
  /** Centre the heading block and set it in bold (a US Congress statement's caption). */
  captionCentered?: boolean;
  /** Print the title above the heading block (a briefing: title, audience, date). */
  titleFirst?: boolean;
  /** Formats this kind of document may be exported to (e.g. a template that is PDF only); default any. */
  allowedFormats?: readonly ExportFormat[];
  /** Who does not accept the other formats (a template's name, in each language), to say why they are refused. */
  formatsRefusedBy?: PerLanguage;
  /** Usually becomes public record whoever the grant names: the grant must acknowledge it. */
  publicRecord?: boolean;
  /** Over its word, character or time budget: exported only when the request says "export anyway". */
  overBudget?: boolean;
  /** The neutral word the suggested file name starts with. */
  fileStem: ExportFileStem;
  /**
   * The identifying-detail check (shared/consent/unmarked-check.ts) over what the person wrote in
   * it, as stored: what is neither marked, nor cleared as fine to share, nor covered by `handled`
   * (what the release gate withholds or replaces anyway). Every source has one: none exports unchecked.
   */
  undecided(lang: DocumentLanguage, handled: HandledByGate): UnmarkedCandidate[];
}

/** What the person chose for the whole document: a resolver writes its own fixed words in it. */
export interface ResolveContext {
  language: DocumentLanguage;
  /** A spoken script cut to its minutes, as the builder shows it (other sources ignore it). */
  fit?: boolean;
  /** The pipeline's clock: a letter's date line is the export's day, the same day the file is named for. */
  clock: Clock;
}

/** Reads one source from the open vault; throws HarborError('not_found') when it is not there. */
export type SourceResolver = (vault: OpenVault, id: string, context: ResolveContext) => Promise<ResolvedSource>;

/** One resolver per ExportSource kind; a kind without one cannot be exported (yet). */
export type SourceResolvers = Partial<Record<ExportSource['kind'], SourceResolver>>;
