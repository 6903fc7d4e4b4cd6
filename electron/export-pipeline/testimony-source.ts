import { HarborError, isHarborError } from '../../shared/errors';
import { buildTestimonyExport } from '../../shared/testimony/build-testimony-export';
import type { SharedQuoteSource } from '../../shared/testimony/shared-quotes';
import { registerFromDoc, type DetailRegister } from '../../shared/story/detail-register';
import { findTestimonyDetails } from '../../shared/testimony/testimony-findings';
import { quotedSharedStoryIds, type Testimony } from '../../shared/testimony/testimony-data';
import { createSharedStories } from '../share/shared-stories';
import { createStoryService } from '../stories/story-service';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import type { OpenVault } from '../vault/types';
import { AUTHOR_SLOT, CAPTION_SLOT, type SourceResolver } from './source-resolver';
import { optional } from '../../shared/core/optional';
import { today } from '../../shared/core/dates';
import { computeBudgets } from '../../shared/testimony/budgets';
import { fittedOverBudget } from '../../shared/testimony/fit-script';

/** The shared stories a testimony quotes, as this vault holds them now (a deleted one is simply absent). */
export async function sharedSources(vault: OpenVault, testimony: Testimony): Promise<Map<string, SharedQuoteSource>> {
  const shared = createSharedStories({ vault });
  const sources = new Map<string, SharedQuoteSource>();
  for (const id of quotedSharedStoryIds(testimony)) {
    try {
      sources.set(id, await shared.get(id));
    } catch (error) {
      if (!isHarborError(error) || error.code !== 'not_found') throw error;
    }
  }
  return sources;
}

/**
 * The registers of the stories a testimony quotes: a detail marked anywhere in one of them is
 * withheld in the whole testimony, the writer's own sections included. And what was cleared as fine
 * to share in them, which the identifying-detail check does not ask again. A story deleted since
 * adds neither.
 */
async function quotedStories(
  vault: OpenVault,
  storyIds: readonly string[],
): Promise<{ registers: DetailRegister[]; cleared: string[] }> {
  const stories = createStoryService(vault);
  const registers: DetailRegister[] = [];
  const cleared: string[] = [];
  for (const id of new Set(storyIds)) {
    try {
      const story = await stories.get(id);
      registers.push(registerFromDoc(story.doc, story.details));
      cleared.push(...(story.cleared ?? []));
    } catch (error) {
      if (!isHarborError(error) || error.code !== 'not_found') throw error;
    }
  }
  return { registers, cleared };
}

/**
 * A testimony exports in its template's layout: the heading block, salutation and signature filled
 * with the hearing's details and the witness named as the grant says; its sections and story
 * excerpts through the consent. The grant must cover the testimony and every story it quotes; an
 * excerpt from a shared story is quoted as received, credited as its writer chose, and checked
 * against that writer's terms instead. The template's words (headings, salutation, position) are in
 * the language chosen for the document, like the placeholders and page numbers.
 */
export const testimonySource: SourceResolver = async (vault, id, { language, fit, clock }) => {
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(id);
  if (testimony.trashedAt) {
    throw new HarborError('not_found', 'export.testimonyInTrash');
  }
  const { template } = testimony;
  const shared = await sharedSources(vault, testimony);
  const built = buildTestimonyExport(testimony, {
    language,
    witness: AUTHOR_SLOT,
    witnessCaption: CAPTION_SLOT,
    today: today(clock),
    shared,
    ...optional('fit', fit),
  });
  const refused = (['docx', 'pdf'] as const).filter((f) => !built.formats.includes(f));
  const quoted = await quotedStories(vault, built.quotedStoryIds);
  const cleared = new Set([...(testimony.cleared ?? []), ...quoted.cleared]);
  return {
    body: { doc: built.doc },
    registers: quoted.registers,
    fields: built.fields,
    quotedSourceIds: [testimony.id, ...built.quotedStoryIds],
    sharedExcerpts: built.sharedExcerpts,
    headingBlock: built.headingBlock,
    ...optional('salutation', built.salutation || undefined),
    signature: built.signature,
    ...optional('runningHeader', built.runningHeader ?? undefined),
    // The template's heading block and signature name the witness; a byline would say it twice.
    byline: false,
    numberedParagraphs: built.numberedParagraphs,
    layout: built.layout,
    ...optional('captionCentered', built.captionCentered || undefined),
    ...optional('titleFirst', built.titleFirst || undefined),
    ...optional('anonymousWitness', built.anonymousWitness || undefined),
    allowedFormats: built.formats,
    ...optional('formatsRefusedBy', refused.length ? { en: template.name.en, es: template.name.es } : undefined),
    publicRecord: template.publicRecord,
    // Measured as the builder and `harbor export` measure it, on the stored testimony.
    // Fitted, only the cut's own length counts (it is within its minutes unless one sentence is not).
    overBudget: built.fit ? fittedOverBudget(testimony, built.fit) : computeBudgets(testimony, shared).over,
    fileStem: 'testimony',
    undecided: (lang, handled) => findTestimonyDetails(testimony, lang, cleared, handled),
  };
};
