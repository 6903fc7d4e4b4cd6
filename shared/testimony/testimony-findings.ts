import type { DocumentLanguage } from '../consent/placeholders';
import { checkBlocks, unmarkedCandidates, type HandledByGate, type UnmarkedCandidate } from '../consent/unmarked-check';
import { sectionTextToNodes } from './section-text';
import type { TestimonyData } from './testimony-data';

/** Something in a testimony that may identify someone and is not marked, with where it is. */
export interface TestimonyFinding extends UnmarkedCandidate {
  /** The section it is first found in. */
  sectionId: string;
  /** True when it is in a story excerpt (mark it in the story), false in text typed here. */
  inExcerpt: boolean;
}

/**
 * The identifying-detail check over what a testimony exports: the text typed into its sections
 * and the story excerpts it quotes, skipping what is already marked (the consent decides those),
 * what the person cleared as fine to share (folded words, see unmarked-check.ts) and private
 * notes. The hearing details are left out: the writer typed them to be printed. What the release
 * gate handles (`handled`: the quoted stories' registers, the author's name) is not asked either.
 */
export function findTestimonyDetails(
  t: Pick<TestimonyData, 'template' | 'sections'>,
  lang: DocumentLanguage,
  cleared: ReadonlySet<string> = new Set(),
  handled: HandledByGate = {},
): TestimonyFinding[] {
  const byKey = new Map<string, TestimonyFinding>();
  for (const section of t.template.sections) {
    const content = t.sections[section.id];
    if (!content) continue;
    const parts = [
      { nodes: sectionTextToNodes(content.text, section.format), inExcerpt: false },
      ...content.excerpts.map((e) => ({ nodes: e.doc.content ?? [], inExcerpt: true })),
    ];
    for (const part of parts) {
      for (const found of unmarkedCandidates(checkBlocks(part.nodes), lang, cleared, handled)) {
        if (!byKey.has(found.key)) byKey.set(found.key, { ...found, sectionId: section.id, inExcerpt: part.inExcerpt });
      }
    }
  }
  return [...byKey.values()];
}
