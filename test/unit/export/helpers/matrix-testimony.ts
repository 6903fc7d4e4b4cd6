import type { DocNode as PMNode } from '../../../../shared/core/story-doc';
import type { StoryDoc } from '../../../../shared/story/doc-types';
import type { Template } from '../../../../shared/templates';
import type { TestimonyData } from '../../../../shared/testimony';
import { createGrantStore } from '../../../../electron/consent/grant-store';
import { createProfileStore } from '../../../../electron/consent/profile-store';
import { createExportPipeline } from '../../../../electron/export-pipeline/export-pipeline';
import type { ExportOptions } from '../../../../electron/export-pipeline/export-options';
import type { PdfPrinter } from '../../../../electron/export/pdf-printer';
import { createStoryService } from '../../../../electron/stories/index';
import { createTemplateStore, createTestimonyService } from '../../../../electron/testimony';
import { FakeVault } from '../../../support/fake-vault';
import { filledTestimony } from '../../../support/fill-template';
import { AUTHOR, grantTerms, TODAY } from '../../../support/pipeline-fixtures';
import { para, sensitive, text } from './fixtures';

export type Language = 'en' | 'es';

/**
 * What a person types into the builder's fields, in the document's language: a Spanish document
 * holds no English but the template's own fixed words could bring in.
 */
export const FIELD_VALUES: Record<Language, Record<string, string>> = {
  en: {
    committee: 'Judiciary Committee',
    chamber: 'Senate',
    chair: 'Ruiz',
    viceChair: 'Lee',
    recipient: 'Senator Ruiz',
    inquiry: 'Modern slavery inquiry',
    billNumber: 'SB 123',
    billTitle: 'Survivor Protection Act',
    sponsor: 'Senator Okafor',
    position: 'support',
    hearingDate: '2027-03-01',
    district: 'Tacoma',
    organization: 'Harbor Light',
    contact: 'office@example.org',
  },
  es: {
    // Feminine, with its article as the Spanish field hint asks: never "miembros del Comisión".
    committee: 'la Comisión Judicial',
    chamber: 'Senado',
    chair: 'Ruiz',
    viceChair: 'Lee',
    recipient: 'Senadora Ruiz',
    inquiry: 'Investigación sobre la esclavitud moderna',
    billNumber: 'SB 123',
    billTitle: 'Ley de Protección de Sobrevivientes',
    sponsor: 'Senador Okafor',
    position: 'support',
    hearingDate: '2027-03-01',
    district: 'Tacoma',
    organization: 'Luz del Puerto',
    contact: 'oficina@example.org',
  },
};

/**
 * Quoted in the first section written as paragraphs; the consent withholds the place and the person.
 */
const STORY: Record<Language, [string, string, string]> = {
  en: ['They kept me in ', ' and ', ' took my passport.'],
  es: ['Me tuvieron en ', ' y ', ' se quedó con mi pasaporte.'],
};
export const WITHHELD = ['Ciudad Juárez', 'Rogelio Baptiste'];

export const storyDoc = (language: Language): PMNode => {
  const [a, b, c] = STORY[language];
  return {
    type: 'doc',
    content: [
      para(text(a), sensitive(WITHHELD[0]!, 'place', 'l1'), text(b), sensitive(WITHHELD[1]!, 'person', 'p1'), text(c)),
    ],
  };
};

/** The story's sentence as it leaves: the placeholders in the document's language. */
export const quotedSentence = (language: Language) => {
  const [a, b, c] = STORY[language];
  return language === 'en'
    ? `${a}[place withheld]${b}[name withheld]${c}`
    : `${a}[lugar omitido]${b}[nombre omitido]${c}`;
};

/** Two paragraphs and a two-point list per section, or two points in a bullets section. */
function sectionText(template: Template, index: number, language: Language): string {
  const n = index + 1;
  const words =
    language === 'en'
      ? { first: `Section ${n}, first paragraph.`, second: `Section ${n}, second paragraph.`, point: `Point ${n}` }
      : { first: `Sección ${n}, primer párrafo.`, second: `Sección ${n}, segundo párrafo.`, point: `Punto ${n}` };
  if (template.sections[index]!.format === 'bullets') return `${words.point}a\n${words.point}b`;
  return `${words.first}\n\n${words.second}\n- ${words.point}a\n- ${words.point}b`;
}

/**
 * A vault with the author's name, a story with marked details (`story`, by default storyDoc), and a
 * testimony from `template` in `language` with every field and section filled, one section quoting
 * the story, and a consent for both that shows initials and withholds people and places: exported through
 * the real pipeline and resolvers, as `harbor export --testimony` exports it.
 */
export async function matrixTestimony(template: Template, language: Language, story: PMNode = storyDoc(language)) {
  const vault = new FakeVault();
  const clock = () => TODAY;
  await createProfileStore(vault).set({ fullName: AUTHOR });
  const stored = await createStoryService(vault, { now: clock }).create({ title: 'My story', doc: story as StoryDoc });
  const testimonies = createTestimonyService(vault, createTemplateStore(vault), { now: clock });
  const created = await testimonies.create({ templateId: template.id, language });
  const filled: TestimonyData = filledTestimony(template, language);
  for (const field of template.fields) filled.metadata[field.id] = FIELD_VALUES[language][field.id]!;
  template.sections.forEach((s, i) => {
    filled.sections[s.id] = { text: sectionText(template, i, language), excerpts: [] };
  });
  const quoting = template.sections.find((s) => s.format !== 'bullets')!;
  filled.sections[quoting.id]!.excerpts = [
    { id: 'ex-0001', storyId: stored.id, storyTitle: 'My story', doc: story as StoryDoc },
  ];
  const save = (sections: TestimonyData['sections']) =>
    testimonies.save(created.id, { metadata: filled.metadata, sections, title: filled.title });
  await save(filled.sections);
  const grant = await createGrantStore(vault, clock).create([created.id, stored.id], grantTerms());
  return {
    vault,
    pipeline: (printer: PdfPrinter) => createExportPipeline({ vault, printer, clock }),
    testimony: () => testimonies.get(created.id),
    /** Puts the first budgeted section far over any template's limit (6,000 words). */
    overBudget: () => {
      const first = template.sections.find((s) => s.budget)!;
      return save({ ...filled.sections, [first.id]: { text: 'word '.repeat(6_000), excerpts: [] } });
    },
    options: (partial: Partial<ExportOptions> = {}): ExportOptions => ({
      source: { kind: 'testimony', id: created.id },
      grantId: grant.id,
      format: 'docx',
      paper: template.layout.paper,
      language,
      title: null,
      ...partial,
    }),
  };
}
