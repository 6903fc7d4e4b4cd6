import type { Node as PMNode } from '@tiptap/pm/model';
import {
  foldDetailText,
  registerFromDoc,
  type DetailRegister,
  type RegisterDetail,
} from '../../../../shared/story/detail-register';
import type { LooseNode } from '../../../../shared/story/doc-types';
import type { SensitiveDetail } from './sensitive-details';

/**
 * A mark without an id (from an older document) is keyed by its position, which moves with every
 * keystroke before it: it cannot hold the writer's choices, so it stays out of the register (as it
 * does in the stored one).
 */
const hasStableId = (d: SensitiveDetail) => !d.id.startsWith('at-');

/** Compares the parts of the editor's details the register is built from. */
export function detailsKey(details: readonly SensitiveDetail[]): string {
  return details
    .filter(hasStableId)
    .map((d) => `${d.id}\u0000${d.category}\u0000${d.text}`)
    .join('\u0001');
}

/**
 * The register as the open story has it now, built by the same registerFromDoc the main process
 * uses, so what the editor shows is what export will find. It is fed only the marked words (one
 * paragraph per marked occurrence), not the whole story: that keeps it cheap enough to follow
 * every change to the marks of a long story.
 */
export function liveRegister(doc: PMNode, details: readonly SensitiveDetail[], saved: DetailRegister): DetailRegister {
  const content: LooseNode[] = [];
  for (const detail of details.filter(hasStableId)) {
    const marks = [{ type: 'sensitive', attrs: { id: detail.id, category: detail.category } }];
    for (const { from, to } of detail.segments)
      content.push({ type: 'paragraph', content: [{ type: 'text', text: doc.textBetween(from, to, ' '), marks }] });
  }
  return registerFromDoc({ type: 'doc', content }, saved);
}

/** The same register as before when nothing in it changed, so what depends on it is not redone. */
export function sameOrNew(previous: DetailRegister, next: DetailRegister): DetailRegister {
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}

const sameSpelling = (a: string, b: string) =>
  foldDetailText(a).replace(/\s+/gu, ' ').trim() === foldDetailText(b).replace(/\s+/gu, ' ').trim();

const changeDetail = (register: DetailRegister, id: string, change: (d: RegisterDetail) => RegisterDetail) =>
  register.map((d) => (d.id === id ? change(d) : d));

/** The register with one variant of one detail turned on or off. */
export function withVariantOn(register: DetailRegister, id: string, variant: string, on: boolean): DetailRegister {
  return changeDetail(register, id, (d) => ({
    ...d,
    variants: d.variants.map((v) => (v.text === variant ? { ...v, on } : v)),
  }));
}

/**
 * The register with a spelling the writer typed. One it already has (in any case or accent) is
 * turned on instead of added twice. Returns null when there is nothing to add.
 */
export function withVariantAdded(register: DetailRegister, id: string, typed: string): DetailRegister | null {
  const text = typed.trim().replace(/\s+/gu, ' ');
  if (!text) return null;
  return changeDetail(register, id, (d) => {
    const same = d.variants.find((v) => sameSpelling(v.text, text));
    if (same) return { ...d, variants: d.variants.map((v) => (v === same ? { ...v, on: true } : v)) };
    return { ...d, variants: [...d.variants, { text, on: true, added: true }] };
  });
}
