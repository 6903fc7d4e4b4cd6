import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDoc } from '../../../../shared/story/doc-types';
import { harborExtensions } from '../../ui/document/extensions/harbor-extensions';
import { cssString } from '../../ui/css-string';
import '../../ui/document/writing-surface.css';

/** A document shown read-only, in the editor's typography (nothing the reader types can change it). */
export function ReadOnlyDoc({ doc, label, docKey }: { doc: StoryDoc; label: string; docKey: string }) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: harborExtensions(),
      content: doc as JSONContent,
      editable: false,
      immediatelyRender: true,
      injectCSS: false,
      editorProps: { attributes: { class: 'writing-surface', 'aria-label': label, 'aria-readonly': 'true' } },
    },
    [docKey],
  );
  return (
    <div style={{ '--private-note-label': cssString(t('workspace.editor.privateNoteLabel')) } as CSSProperties}>
      <EditorContent editor={editor} />
    </div>
  );
}
