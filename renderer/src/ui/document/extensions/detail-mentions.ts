import { Extension } from '@tiptap/core';
import type { MarkType, Node as PMNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findVariants } from '../mention-search';
import { detailsKey, liveRegister, sameOrNew } from '../live-register';
import { matchVariants, type DetailRegister, type RegisterDetail } from '../../../../../shared/story/detail-register';
import { findSensitiveDetails } from '../sensitive-details';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    detailMentions: {
      /** The writer's saved register (variants turned off or added), as loaded or just changed. */
      setSavedRegister: (saved: DetailRegister) => ReturnType;
      /** Marks every unmarked mention of a detail as that detail. */
      markMentions: (detailId: string) => ReturnType;
    };
  }
}

/** An unmarked occurrence of a variant of a known detail, in document positions. */
export interface Mention {
  from: number;
  to: number;
  detailId: string;
}

interface MentionsState {
  saved: DetailRegister;
  register: DetailRegister;
  /** Which marked details the register was built from (see detailsKey). */
  key: string;
  decorations: DecorationSet;
}

export const detailMentionsKey = new PluginKey<MentionsState>('detailMentions');

/** Blocks that hold no text Harbor ever lets out are not searched: a private note never leaves. */
const UNSEARCHED = new Set(['privateNote']);

/** Mentions inside one top-level block, relative to its start, for one register. */
const foundByBlock = new WeakMap<PMNode, { register: DetailRegister; found: Mention[] }>();

/**
 * The unmarked mentions inside one textblock, relative to the start of its content. The block's
 * whole text is matched at once, so a name split by bold or italic is still found; a leaf inline
 * node (a line break) stands as one newline, which keeps offsets and positions one to one.
 */
function mentionsInTextblock(node: PMNode, sensitive: MarkType, register: DetailRegister): Mention[] {
  let text = '';
  const marked: [number, number][] = [];
  node.forEach((child) => {
    const from = text.length;
    text += child.isText ? child.text! : '\n';
    if (child.isText && sensitive.isInSet(child.marks)) marked.push([from, text.length]);
  });
  if (!text.trim()) return [];
  return findVariants(text, register)
    .filter((m) => !marked.some(([from, to]) => m.start < to && from < m.end))
    .map((m) => ({ from: m.start, to: m.end, detailId: m.detailId }));
}

function mentionsInBlock(block: PMNode, sensitive: MarkType, register: DetailRegister): Mention[] {
  const cached = foundByBlock.get(block);
  if (cached?.register === register) return cached.found;
  const found: Mention[] = [];
  const scan = (node: PMNode, contentStart: number) => {
    for (const m of mentionsInTextblock(node, sensitive, register))
      found.push({ ...m, from: contentStart + m.from, to: contentStart + m.to });
  };
  if (UNSEARCHED.has(block.type.name)) {
    // Nothing to find.
  } else if (block.isTextblock) scan(block, 1);
  else
    block.descendants((node, pos) => {
      if (UNSEARCHED.has(node.type.name)) return false;
      if (!node.isTextblock) return true;
      scan(node, pos + 2);
      return false;
    });
  foundByBlock.set(block, { register, found });
  return found;
}

const decorate = (m: Mention) =>
  Decoration.inline(m.from, m.to, { class: 'mention', 'data-mention': '' }, { detailId: m.detailId });

function allDecorations(doc: PMNode, sensitive: MarkType, search: DetailRegister): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((block, offset) => {
    for (const m of mentionsInBlock(block, sensitive, search))
      decos.push(decorate({ ...m, from: offset + m.from, to: offset + m.to }));
  });
  return DecorationSet.create(doc, decos);
}

/** After an edit, only the top-level blocks that changed (ProseMirror shares the rest) are searched again. */
function updateDecorations(
  old: DecorationSet,
  tr: Transaction,
  sensitive: MarkType,
  search: DetailRegister,
): DecorationSet {
  let decos = old.map(tr.mapping, tr.doc);
  tr.doc.forEach((block, offset) => {
    if (foundByBlock.get(block)?.register === search) return;
    const end = offset + block.nodeSize;
    decos = decos.remove(decos.find(offset, end));
    const fresh = mentionsInBlock(block, sensitive, search).map((m) =>
      decorate({ ...m, from: offset + m.from, to: offset + m.to }),
    );
    if (fresh.length) decos = decos.add(tr.doc, fresh);
  });
  return decos;
}

/**
 * Whether a change can have added, removed or changed a sensitive mark: a mark step, or a
 * replacement that removes marked text or brings some in. Typing plain words does neither, so the
 * details are not gathered again on every keystroke.
 */
function marksMayChange(tr: Transaction, sensitive: MarkType): boolean {
  return tr.steps.some((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    const before = tr.docs[i]!;
    const { from, to, slice } = step as unknown as { from: number; to: number; slice: Slice };
    if (from < to && before.rangeHasMark(from, to, sensitive)) return true;
    let brings = false;
    slice.content.descendants((node) => {
      if (brings) return false;
      if (sensitive.isInSet(node.marks)) brings = true;
      return !brings;
    });
    return brings;
  });
}

export function registerOf(state: EditorState): DetailRegister {
  return detailMentionsKey.getState(state)?.register ?? [];
}

/** Every unmarked mention of a known detail, in document order. */
export function mentionsOf(state: EditorState): Mention[] {
  const decorations = detailMentionsKey.getState(state)?.decorations;
  if (!decorations) return [];
  return decorations
    .find()
    .map((d) => ({ from: d.from, to: d.to, detailId: (d.spec as { detailId: string }).detailId }))
    .sort((a, b) => a.from - b.from);
}

/**
 * The detail a new mark over from–to should join: one whose variant (that is on) is exactly the
 * selected text, of the given kind (any kind when none is given).
 */
export function joinableDetail(
  state: EditorState,
  from: number,
  to: number,
  category: RegisterDetail['category'] | null,
): RegisterDetail | null {
  const text = state.doc.textBetween(from, to, ' ');
  const trimmed = text.trim();
  if (!trimmed) return null;
  const lead = text.length - text.trimStart().length;
  const candidates = registerOf(state).filter((d) => category === null || d.category === category);
  const whole = matchVariants(text, candidates).find((m) => m.start === lead && m.end === lead + trimmed.length);
  return whole ? (registerOf(state).find((d) => d.id === whole.detailId) ?? null) : null;
}

/**
 * Shows where a known detail appears unmarked (a name marked once, typed again later), so the
 * writer sees it before any export. The register lives here too: built from the marks and the
 * writer's saved choices, and rebuilt only when the marks change.
 */
export const DetailMentions = Extension.create({
  name: 'detailMentions',

  addCommands() {
    return {
      setSavedRegister:
        (saved) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(detailMentionsKey, { saved }).setMeta('addToHistory', false);
          return true;
        },
      markMentions:
        (detailId) =>
        ({ tr, state, dispatch }) => {
          const detail = registerOf(state).find((d) => d.id === detailId);
          const mentions = mentionsOf(state).filter((m) => m.detailId === detailId);
          if (!detail || mentions.length === 0) return false;
          const type = state.schema.marks.sensitive!;
          if (dispatch)
            for (const m of mentions)
              tr.addMark(m.from, m.to, type.create({ id: detail.id, category: detail.category }));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const sensitive = this.editor.schema.marks.sensitive!;
    const build = (doc: PMNode, saved: DetailRegister): Omit<MentionsState, 'decorations'> => {
      const details = findSensitiveDetails(doc, sensitive);
      return { saved, key: detailsKey(details), register: liveRegister(doc, details, saved) };
    };
    return [
      new Plugin<MentionsState>({
        key: detailMentionsKey,
        state: {
          init: (_config, { doc }) => {
            const base = build(doc, []);
            return { ...base, decorations: allDecorations(doc, sensitive, base.register) };
          },
          apply: (tr, value, _old, { doc }) => {
            const meta = tr.getMeta(detailMentionsKey) as { saved: DetailRegister } | undefined;
            if (!meta && !tr.docChanged) return value;
            if (!meta && !marksMayChange(tr, sensitive))
              return { ...value, decorations: updateDecorations(value.decorations, tr, sensitive, value.register) };
            const saved = meta?.saved ?? value.saved;
            let next = { ...value, saved };
            const details = findSensitiveDetails(doc, sensitive);
            const key = detailsKey(details);
            if (meta || key !== value.key) {
              next = { ...next, key, register: sameOrNew(value.register, liveRegister(doc, details, saved)) };
              if (next.register === value.register)
                return { ...next, decorations: updateDecorations(value.decorations, tr, sensitive, value.register) };
              // A new register changes what every block may hold; the text itself may not have changed.
              return { ...next, decorations: allDecorations(doc, sensitive, next.register) };
            }
            return { ...next, decorations: updateDecorations(value.decorations, tr, sensitive, value.register) };
          },
        },
        props: {
          decorations: (state) => detailMentionsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
