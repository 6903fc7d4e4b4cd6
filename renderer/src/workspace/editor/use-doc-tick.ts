import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

/**
 * A number that changes after the document changes, at most every `ms` (and once more when typing
 * pauses), so word counts and the details panel stay current without recounting on every keystroke.
 */
export function useDocTick(editor: Editor, ms = 300): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        setTick((n) => n + 1);
      }, ms);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, ms]);
  return tick;
}
