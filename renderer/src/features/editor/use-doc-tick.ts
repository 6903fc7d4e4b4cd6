import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

/**
 * A number that changes after the document changes, at most every `ms` (and once more when typing
 * pauses), so word counts stay current without recounting on every keystroke. Any change counts,
 * restoring a version included (it replaces the content without an 'update' event).
 */
export function useDocTick(editor: Editor, ms = 300): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        setTick((n) => n + 1);
      }, ms);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, ms]);
  return tick;
}
