import type { ExportFormat, GrantTerms } from '../consent/grant';
import type { DocumentLanguage } from '../consent/placeholders';
import { applyConsent } from '../consent/transform';
import type { BlockNode, StoryDoc } from '../core/story-doc';
import type { DocumentLayout, ExportDocument, Paper } from '../export/export-document';
import { fromDoc } from '../export/from-doc';
import { podiumBlocks } from '../export/podium';
import type { OutgoingField } from '../release/release-gate';
import { FIELD_IDS, fieldCategory, type HeadingStyle } from '../templates/template-schema';
import {
  fillLine,
  fillLines,
  firstFilled,
  letterDate,
  POSITION_WORDS,
  STANCE_WORDS,
  type LayoutValues,
} from './layout-lines';
import type { BriefingExcerpt } from '../share/check-excerpts';
import { sectionTextToNodes } from './section-text';
import { briefingExcerpts, sharedQuoteNodes, type SharedQuoteSources } from './shared-quotes';
import { quotedStoryIds, type TestimonyData } from './testimony-data';
import { optional } from '../core/optional';
import { fitScript, sectionStarts, timeMark, type ScriptFit } from './fit-script';
import { fitSectionNodes } from './fit-nodes';

export type TestimonyForExport = Pick<TestimonyData, 'template' | 'metadata' | 'sections'> &
  Partial<Pick<TestimonyData, 'speakingRate' | 'targetMinutes' | 'headingStyle'>>;

/**
 * What a testimony hands the export pipeline: the body as story-model JSON (consent not yet applied,
 * so the story excerpts still carry their marked details and the transform decides what leaves),
 * the stories it quotes, and the template's layout filled with the hearing's details.
 */
export interface TestimonyExportSource {
  language: DocumentLanguage;
  doc: StoryDoc;
  quotedStoryIds: string[];
  /** Excerpts from shared stories, in print order: each is checked against its writer's terms. */
  sharedExcerpts: BriefingExcerpt[];
  headingBlock: string[];
  salutation: string | null;
  signature: string[];
  /** The header of continuation pages: the witness and the bill or inquiry ("M. R. • SB 1042"). */
  runningHeader: string | null;
  /** The hearing's details behind those lines, each with the category it is withheld under. */
  fields: OutgoingField[];
  numberedParagraphs: boolean;
  /** The heading block is a caption, centred and bold. */
  captionCentered: boolean;
  /** The title comes before the heading block (a briefing). */
  titleFirst: boolean;
  /** {witnessCaption} when the consent keeps the witness anonymous, in the document's language. */
  anonymousWitness: string | null;
  formats: ExportFormat[];
  paper: Paper;
  /** A spoken template's script is set for reading at a podium, each section after its time mark. */
  layout: DocumentLayout;
  /** A spoken script exported fitted to its minutes: what was kept and left out (null: as written). */
  fit: ScriptFit | null;
}

export interface BuildOptions {
  language: DocumentLanguage;
  /** How the witness appears, decided by the consent identity (never a template field). */
  witness: string;
  /** The witness in a caption, where an anonymous identity reads differently (default: `witness`). */
  witnessCaption?: string;
  /** The date a letter is dated (YYYY-MM-DD): {today}. Without it, lines using {today} drop out. */
  today?: string;
  /** The shared stories the document quotes (as received); a quote whose story is absent prints nothing. */
  shared?: SharedQuoteSources;
  /**
   * A spoken script is cut to its chosen minutes at the person's pace, as the builder shows it:
   * whole sentences from the start of each section (fitScript), time marks where the cut puts them.
   */
  fit?: boolean;
}

function layoutValues(t: TestimonyForExport, opts: BuildOptions): LayoutValues {
  const { position, ...rest } = t.metadata;
  const known = position === 'support' || position === 'oppose' || position === 'neutral' ? position : null;
  return {
    ...rest,
    witness: opts.witness,
    witnessCaption: opts.witnessCaption ?? opts.witness,
    position: known ? POSITION_WORDS[opts.language][known] : '',
    // Without a position the caption still reads: "Testimony of … on SB 1042".
    stance: STANCE_WORDS[opts.language][known ?? 'neutral'],
    today: opts.today ? letterDate(opts.today, opts.language) : '',
    ...(rest.hearingDate !== undefined ? { hearingDate: hearingDate(rest.hearingDate, opts.language) } : {}),
  };
}

/** The person's choice (the builder's switch, `headingStyle` in the JSON), else the template's; a memo needs a memo block. */
export function headingStyle(t: Pick<TestimonyForExport, 'template' | 'headingStyle'>): HeadingStyle {
  const { layout } = t.template;
  if (layout.memoBlock.length === 0) return 'lines';
  return t.headingStyle ?? layout.headingStyle;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A hearing date typed as 2025-04-09 prints as "April 9, 2025" or "9 de abril de 2025"; other wording as typed. */
function hearingDate(value: string, lang: BuildOptions['language']): string {
  const v = value.trim();
  return ISO_DAY.test(v) && !Number.isNaN(Date.parse(v)) ? letterDate(v, lang) : value;
}

/** Pure: the same input always gives the same document, for the preview and for the file. */
export function buildTestimonyExport(t: TestimonyForExport, opts: BuildOptions): TestimonyExportSource {
  const lang = opts.language;
  const shared = opts.shared ?? new Map();
  const sharedNodes = sharedQuoteNodes(t, shared, lang);
  const body: BlockNode[] = [];
  const podium = t.template.spoken === true;
  const fit =
    podium && opts.fit
      ? fitScript({ ...t, speakingRate: t.speakingRate ?? 0, targetMinutes: t.targetMinutes ?? null }, { shared })
      : null;
  const fitted = new Map(fit?.sections.map((s) => [s.sectionId, s]));
  // A shared quote ends with its writer's credit: a cut keeps it under whatever of the quote it keeps.
  const credits = new Set([...sharedNodes.values()].flatMap((q) => q.content?.slice(-1) ?? []));
  const starts = fit
    ? new Map(fit.sections.map((s) => [s.sectionId, s.startsAt]))
    : podium
      ? sectionStarts(t, shared)
      : null;
  for (const section of t.template.sections) {
    const content = t.sections[section.id];
    if (!content) continue;
    const nodes = sectionTextToNodes(content.text, section.format);
    const quotes: BlockNode[] = content.excerpts
      .filter((e) => (e.doc.content ?? []).length > 0)
      .map((e): BlockNode => ({ type: 'blockquote', content: e.doc.content }))
      .concat((content.shared ?? []).flatMap((e) => sharedNodes.get(e.id) ?? []));
    const kept = fitted.get(section.id);
    const blocks = kept ? fitSectionNodes([...nodes, ...quotes], kept.words, credits) : [...nodes, ...quotes];
    if (blocks.length === 0) continue;
    const startsAt = starts?.get(section.id);
    if (startsAt !== undefined) body.push(timeMarkNode(startsAt));
    if (section.printTitle)
      body.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: section.title[lang] }] });
    body.push(...blocks);
  }
  const values = layoutValues(t, opts);
  const { layout } = t.template;
  return {
    language: lang,
    doc: { type: 'doc', content: body },
    quotedStoryIds: quotedStoryIds(t),
    sharedExcerpts: briefingExcerpts(t, shared, lang),
    headingBlock: fillLines(headingStyle(t) === 'memo' ? layout.memoBlock : layout.headingBlock, values, lang),
    salutation: firstFilled(layout.salutation, values, lang),
    signature: fillLines(layout.signature, values, lang),
    runningHeader: fillLine('{witness} • {billNumber} • {inquiry}', values),
    fields: FIELD_IDS.flatMap((id) => {
      const value = (t.metadata[id] ?? '').trim();
      if (!value) return [];
      const category = fieldCategory(t.template.fields, id);
      // A date printed in words is withheld in those words too, not only as typed.
      const printed = id === 'hearingDate' ? hearingDate(value, lang) : value;
      return [{ id, value, category }, ...(printed !== value ? [{ id, value: printed, category }] : [])];
    }),
    numberedParagraphs: layout.numberedParagraphs,
    captionCentered: layout.captionStyle === 'centered-bold',
    titleFirst: layout.titleFirst,
    anonymousWitness: layout.anonymousWitness?.[lang] ?? null,
    formats: [...t.template.formats],
    paper: layout.paper,
    layout: podium ? 'podium' : 'standard',
    fit,
  };
}

/** "0:45" before a section: Harbor's words, in the body so the release gate passes them like a section title. */
const timeMarkNode = (minutes: number): BlockNode => ({
  type: 'heading',
  attrs: { level: 3, timeMark: true },
  content: [{ type: 'text', text: timeMark(minutes) }],
});

// applyConsent reads only the identity and the redactions.
const AS_WRITTEN = { identity: { mode: 'full' }, redact: { categories: [], keep: [] } } as Pick<
  GrantTerms,
  'identity' | 'redact'
> as GrantTerms;

/**
 * The builder's draft preview: the final layout with nothing redacted (the writer sees their own
 * words); the export preview then shows the consented version, made by the export pipeline from
 * the same buildTestimonyExport and shown by the same view.
 */
export function draftTestimonyDocument(
  t: TestimonyForExport,
  opts: BuildOptions & { title: string | null },
): ExportDocument {
  const source = buildTestimonyExport(t, opts);
  // Nothing withheld, but the marks and private notes go, as no document may carry them.
  const { doc } = applyConsent(source.doc, AS_WRITTEN, { full: '' }, source.language);
  return {
    language: source.language,
    ...optional('layout', source.layout === 'podium' ? source.layout : undefined),
    title: opts.title,
    byline: null,
    ...optional('headingBlock', source.headingBlock.length ? source.headingBlock : undefined),
    ...optional('salutation', source.salutation || undefined),
    // Short paragraphs for the podium, as both renderers set them (normalizeExportDocument).
    blocks: source.layout === 'podium' ? podiumBlocks(fromDoc(doc)) : fromDoc(doc),
    ...optional('numberedParagraphs', source.numberedParagraphs || undefined),
    ...optional('captionCentered', source.captionCentered || undefined),
    ...optional('titleFirst', source.titleFirst || undefined),
    ...optional('signature', source.signature.length ? source.signature : undefined),
    paper: source.paper,
  };
}
