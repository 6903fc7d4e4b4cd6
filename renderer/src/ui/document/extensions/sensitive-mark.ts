import { Mark, mergeAttributes } from '@tiptap/core';
import { isSensitiveCategory as isCategory, type SensitiveCategory } from '../sensitive-categories';
import { findSensitiveDetails } from '../sensitive-details';
import { joinableDetail } from './detail-mentions';

export { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../sensitive-categories';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sensitive: {
      /**
       * Marks the selection as a sensitive detail. It joins the detail given, or else a known detail
       * of that kind whose variant is exactly the selected text, or else starts a new one.
       */
      markSensitive: (category: SensitiveCategory, joinId?: string) => ReturnType;
      /** The shortcut: joins a known detail of any kind the selection names, or marks it as Other. */
      markSensitiveAsKnown: () => ReturnType;
      unmarkSensitive: () => ReturnType;
      /** Changes the category of every part of one detail (the details panel). */
      setSensitiveCategory: (id: string, category: SensitiveCategory) => ReturnType;
      /** Removes one detail's mark wherever it is, leaving the words as they are. */
      unmarkSensitiveById: (id: string) => ReturnType;
    };
  }
}

function newId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A sensitive detail (a name, a place, a date …). Stored as a mark with a category and a stable id
 * so the details panel can list, jump to and re-categorise each one, and export can redact it.
 */
export const SensitiveMark = Mark.create({
  name: 'sensitive',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      category: {
        default: 'other',
        parseHTML: (el) =>
          isCategory(el.getAttribute('data-sensitive')) ? el.getAttribute('data-sensitive') : 'other',
        renderHTML: (attrs) => ({ 'data-sensitive': isCategory(attrs.category) ? attrs.category : 'other' }),
      },
      id: {
        default: null,
        parseHTML: () => newId(),
        renderHTML: (attrs) => (typeof attrs.id === 'string' ? { 'data-sensitive-id': attrs.id } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-sensitive]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'sensitive' }), 0];
  },

  addCommands() {
    return {
      markSensitive:
        (category, joinId) =>
        ({ commands, state }) => {
          const { from, to } = state.selection;
          const id = joinId ?? joinableDetail(state, from, to, category)?.id ?? newId();
          return commands.setMark(this.name, { category, id });
        },
      markSensitiveAsKnown:
        () =>
        ({ commands, state }) => {
          const { from, to } = state.selection;
          const known = joinableDetail(state, from, to, null);
          return known ? commands.markSensitive(known.category, known.id) : commands.markSensitive('other');
        },
      unmarkSensitive:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
      setSensitiveCategory:
        (id, category) =>
        ({ tr, state, dispatch }) => {
          const detail = findSensitiveDetails(state.doc, this.type).find((d) => d.id === id);
          if (!detail) return false;
          if (dispatch) {
            for (const { from, to } of detail.segments) {
              tr.removeMark(from, to, this.type);
              tr.addMark(from, to, this.type.create({ id: detail.id.startsWith('at-') ? newId() : id, category }));
            }
          }
          return true;
        },
      unmarkSensitiveById:
        (id) =>
        ({ tr, state, dispatch }) => {
          const detail = findSensitiveDetails(state.doc, this.type).find((d) => d.id === id);
          if (!detail) return false;
          if (dispatch) for (const { from, to } of detail.segments) tr.removeMark(from, to, this.type);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-s': () => this.editor.commands.markSensitiveAsKnown(),
    };
  },
});
