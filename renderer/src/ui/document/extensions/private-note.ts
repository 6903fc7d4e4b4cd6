import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    privateNote: {
      /** Wraps the current block(s) in a note to self. Private notes are never exported. */
      togglePrivateNote: () => ReturnType;
    };
  }
}

export const PrivateNote = Node.create({
  name: 'privateNote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    return [{ tag: 'aside[data-private-note]' }, { tag: 'div[data-private-note]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-private-note': '', class: 'private-note' }), 0];
  },

  addCommands() {
    return {
      togglePrivateNote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-n': () => this.editor.commands.togglePrivateNote(),
    };
  },
});
