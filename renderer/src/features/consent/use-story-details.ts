import { useEditorState, type Editor } from '@tiptap/react';
import { listSensitiveDetails, type SensitiveDetail } from '../../../../shared/story/sensitive-details';
import type { LooseNode } from '../../../../shared/story/doc-types';

/** The story's marked details, kept current as the writer marks and unmarks. */
export function useStoryDetails(editor: Editor): SensitiveDetail[] {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => listSensitiveDetails(e.getJSON() as LooseNode),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
}
