import type { DocNode as PMNode } from '../../../shared/core/story-doc';
import type { StoryDoc } from '../../../shared/story/doc-types';
import type { Template } from '../../../shared/templates';
import type { Excerpt } from '../../../shared/testimony';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createExportPipeline } from '../../../electron/export-pipeline/export-pipeline';
import type { ExportOptions } from '../../../electron/export-pipeline/export-options';
import type { PdfPrinter } from '../../../electron/export/pdf-printer';
import { createStoryService } from '../../../electron/stories/index';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { para, sensitive, text } from '../export/helpers/fixtures';
import { AUTHOR, TODAY } from '../../support/pipeline-fixtures';
import { FakeVault } from '../../support/fake-vault';
import { filledTestimony } from '../../support/fill-template';

export { grantTerms } from '../../support/pipeline-fixtures';

/** A story whose marked details a consent withholds: the excerpt the testimony quotes. */
export const STORY_DOC: PMNode = {
  type: 'doc',
  content: [
    para(
      text('They kept me in '),
      sensitive('Ciudad Juárez', 'place', 'l1'),
      text(' and '),
      sensitive('Rogelio Baptiste', 'person', 'p1'),
      text(' took my passport.'),
    ),
    { type: 'privateNote', content: [para(text('Ask Rosa about the storage unit'))] },
  ],
};

export const excerptOf = (storyId: string, doc: PMNode, id = 'ex-0001'): Excerpt => ({
  id,
  storyId,
  storyTitle: 'My story',
  doc: doc as StoryDoc,
});

/**
 * A vault with the author's name, a story with marked details, and a testimony from `template`
 * with every field and section filled, one section quoting the story. Exports run through the
 * real pipeline with the real resolvers.
 */
export async function testimonySetup(template: Template, opts: { author?: string; language?: 'en' | 'es' } = {}) {
  const vault = new FakeVault();
  const clock = () => TODAY;
  await createProfileStore(vault).set({ fullName: opts.author ?? AUTHOR });
  const stories = createStoryService(vault, { now: clock });
  const story = await stories.create({ title: 'My story', doc: STORY_DOC as StoryDoc });
  const testimonies = createTestimonyService(vault, createTemplateStore(vault), { now: clock });
  const language = opts.language ?? 'en';
  const created = await testimonies.create({ templateId: template.id, language });
  const filled = filledTestimony(template, language);
  // Quote the story in the first section written as paragraphs (the UK summary is bullets only).
  const quoting = template.sections.find((s) => s.format === 'paragraphs')!;
  filled.sections[quoting.id]!.excerpts = [excerptOf(story.id, STORY_DOC)];
  await testimonies.save(created.id, { metadata: filled.metadata, sections: filled.sections, title: filled.title });
  const grants = createGrantStore(vault, clock);
  return {
    vault,
    story,
    stories,
    testimony: await testimonies.get(created.id),
    testimonies,
    grants,
    quoting,
    pipeline: (printer: PdfPrinter) => createExportPipeline({ vault, printer, clock }),
    options: (grantId: string, partial: Partial<ExportOptions> = {}): ExportOptions => ({
      source: { kind: 'testimony', id: created.id },
      grantId,
      format: 'docx',
      paper: template.layout.paper,
      language,
      title: null,
      ...partial,
    }),
  };
}
