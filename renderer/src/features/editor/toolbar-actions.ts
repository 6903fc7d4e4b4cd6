import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { Editor } from '@tiptap/react';

export type ToolbarActionId =
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'undo'
  | 'redo'
  | 'privateNote';

/** A toolbar button: which it is (its words are the toolbar's), its shortcut, whether it is on, and what it does. */
export interface ToolbarAction {
  id: ToolbarActionId;
  /** TipTap notation; shown in the button's title and aria-keyshortcuts. */
  shortcut: string;
  /** Short text shown on the button instead of an icon (B, I, U, H1 …). */
  glyph?: string;
  /** Toggles have aria-pressed; one-off commands (undo, redo) do not. */
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const heading = (level: 1 | 2 | 3): ToolbarAction => ({
  id: `heading${level}`,
  shortcut: `Mod-Alt-${level}`,
  glyph: `H${level}`,
  isActive: (e) => e.isActive('heading', { level }),
  run: (e) => e.chain().focus().toggleHeading({ level }).run(),
});

/** The writing toolbar, in groups (separators go between groups). */
export const TOOLBAR_GROUPS: ToolbarAction[][] = [
  [heading(1), heading(2), heading(3)],
  [
    {
      id: 'bold',
      shortcut: 'Mod-b',
      glyph: 'B',
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      id: 'italic',
      shortcut: 'Mod-i',
      glyph: 'I',
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      id: 'underline',
      shortcut: 'Mod-u',
      glyph: 'U',
      isActive: (e) => e.isActive('underline'),
      run: (e) => e.chain().focus().toggleUnderline().run(),
    },
  ],
  [
    {
      id: 'bulletList',
      shortcut: 'Mod-Shift-8',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      shortcut: 'Mod-Shift-7',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      id: 'blockquote',
      shortcut: 'Mod-Shift-b',
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
  ],
  [
    {
      id: 'undo',
      shortcut: 'Mod-z',
      // What can().undo() answers, read off the history (no dry run of the command on every keystroke).
      isEnabled: (e) => undoDepth(e.state) > 0,
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      id: 'redo',
      shortcut: 'Mod-Shift-z',
      isEnabled: (e) => redoDepth(e.state) > 0,
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
];

/** The private-note toggle sits apart from formatting, next to "Mark as sensitive". */
export const PRIVATE_NOTE_ACTION: ToolbarAction = {
  id: 'privateNote',
  shortcut: 'Mod-Alt-n',
  isActive: (e) => e.isActive('privateNote'),
  run: (e) => e.chain().focus().togglePrivateNote().run(),
};

export const MARK_SENSITIVE_SHORTCUT = 'Mod-Shift-s';
export const PASTE_PLAIN_SHORTCUT = 'Mod-Shift-v';
