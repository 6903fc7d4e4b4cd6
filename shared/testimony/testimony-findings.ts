import { contextAround } from '../consent/finding-context';
import { foldName } from '../consent/identity';
import { findIdentifyingDetails, type IdentifyingFinding } from '../consent/identifying-details';
import type { DocumentLanguage } from '../consent/placeholders';
import type { PMNode } from '../consent/transform';
import { sectionTextToNodes } from './section-text';
import type { TestimonyData } from './testimony-data';

/** Something in a testimony that may identify someone and is not marked, with where it is. */
export interface TestimonyFinding extends Omit<IdentifyingFinding, 'start' | 'end'> {
  /** Same kind and words (ignoring case and accents): found once, however often it occurs. */
  key: string;
  /** The section it is first found in. */
  sectionId: string;
  /** A few words around it. */
  context: string;
  /** True when it is in a story excerpt (mark it in the story), false in text typed here. */
  inExcerpt: boolean;
}

/** Each text block's text (a line break counts one character) and the ranges marked sensitive. */
function textBlocks(nodes: readonly PMNode[], out: { text: string; marked: [number, number][] }[] = []) {
  for (const node of nodes) {
    if (node.type === 'privateNote') continue; // never exported
    if (node.type === 'paragraph' || node.type === 'heading') {
      let text = '';
      const marked: [number, number][] = [];
      for (const child of node.content ?? []) {
        const start = text.length;
        text += child.type === 'text' ? (child.text ?? '') : '\n';
        if (child.marks?.some((m) => m.type === 'sensitive')) marked.push([start, text.length]);
      }
      out.push({ text, marked });
    } else textBlocks(node.content ?? [], out);
  }
  return out;
}

/**
 * The identifying-detail check over what a testimony exports: the text typed into its sections
 * and the story excerpts it quotes, skipping what is already marked (the consent decides those)
 * and private notes. The hearing details are left out: the writer typed them to be printed.
 */
export function findTestimonyDetails(
  t: Pick<TestimonyData, 'template' | 'sections'>,
  lang: DocumentLanguage,
  ignored: ReadonlySet<string> = new Set(),
): TestimonyFinding[] {
  const byKey = new Map<string, TestimonyFinding>();
  for (const section of t.template.sections) {
    const content = t.sections[section.id];
    if (!content) continue;
    const parts = [
      { nodes: sectionTextToNodes(content.text, section.format), inExcerpt: false },
      ...content.excerpts.map((e) => ({ nodes: (e.doc.content ?? []) as PMNode[], inExcerpt: true })),
    ];
    for (const part of parts) {
      for (const { text, marked } of textBlocks(part.nodes)) {
        for (const f of findIdentifyingDetails(text, lang)) {
          if (marked.some(([s, e]) => f.start < e && f.end > s)) continue;
          const key = `${f.kind}:${foldName(f.text)}`;
          if (ignored.has(key) || byKey.has(key)) continue;
          byKey.set(key, {
            key,
            kind: f.kind,
            text: f.text,
            category: f.category,
            sectionId: section.id,
            context: contextAround(text, f.start, f.end),
            inExcerpt: part.inExcerpt,
          });
        }
      }
    }
  }
  return [...byKey.values()];
}
