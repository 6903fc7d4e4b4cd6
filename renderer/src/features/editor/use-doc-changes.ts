import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';

/**
 * Calls `onChange` after the document changes, at most every `ms` (and once more when typing
 * pauses), so word counts stay current without recounting on every keystroke. Any change counts,
 * restoring a version included (it replaces the content without an 'update' event). A callback, not
 * React state: see StatusBar for why the counts are written without a React render.
 */
export function useDocChanges(editor: Editor, onChange: () => void, ms = 300): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        if (!editor.isDestroyed) latest.current();
      }, ms);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, ms]);
}
