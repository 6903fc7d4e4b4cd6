import type { Editor } from '@tiptap/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorName } from '../../../../shared/consent/identity';
import type { LooseNode } from '../../../../shared/story/doc-types';
import { registerOf } from '../../ui/document/extensions/detail-mentions';
import { docLanguage, useAuthorProfile, useStoryDetails } from '../consent/public';
import { findUnmarkedDetails } from './editor-findings';
import { ExportFlow } from './ExportFlow';
import type { ExportSubject } from './export-subject';
import { IdentifyingCheck } from './IdentifyingCheck';

export interface StoryExportFlowProps {
  storyId: string;
  /** The story's own title: the file starts with it, as the consent lets it out (the preview shows how). */
  title: string;
  editor: Editor;
  /** Saves pending text first: the preview and the file are made from the stored story. */
  flush: () => Promise<void>;
  /** Check candidates the writer said are fine to share (folded words, stored with the story). */
  cleared: ReadonlySet<string>;
  onClear: (text: string) => Promise<boolean>;
  onClose: () => void;
}

/** Exporting one story: the check marks details right in its editor; the consent covers the story alone. */
export function StoryExportFlow({ storyId, title, editor, flush, cleared, onClear, onClose }: StoryExportFlowProps) {
  const { t, i18n } = useTranslation();
  const uiLang = docLanguage(i18n.language);
  const details = useStoryDetails(editor);
  // The author's name is the consent's identity to replace, not a detail to decide (as in main).
  const { fullName } = useAuthorProfile().profile;
  const author = useMemo<AuthorName | null>(() => (fullName ? { full: fullName } : null), [fullName]);
  // details stands for the document's marks (and so its register): recount when they change.
  const remaining = useMemo(
    () =>
      findUnmarkedDetails(editor.state.doc, uiLang, cleared, { registers: [registerOf(editor.state)], author }).length,
    [editor, uiLang, cleared, details, author],
  );
  const readOriginal = useCallback(() => editor.getJSON() as LooseNode, [editor]);
  const subject: ExportSubject = {
    source: { kind: 'story', id: storyId },
    coverIds: [storyId],
    flush,
    readOriginal,
    details,
    renderCheck: () => (
      <>
        <p className="hint">{t('consent.export.check.intro')}</p>
        <IdentifyingCheck editor={editor} cleared={cleared} author={author} onClear={onClear} />
      </>
    ),
    remaining,
    initialOptions: { title: title.trim() || null },
  };
  return <ExportFlow subject={subject} onClose={onClose} page />;
}
