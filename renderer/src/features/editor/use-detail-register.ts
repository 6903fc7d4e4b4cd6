import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DetailRegister } from '../../../../shared/story/detail-register';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { asIpcError, call } from '../../platform/call';

export interface DetailRegisterControl {
  /** Stores the writer's choices (a variant turned off, one added); resolves false when that failed. */
  save(next: DetailRegister): Promise<boolean>;
  /** Why the last save failed, until the next one succeeds. */
  error: IpcError | null;
}

/**
 * The open story's register of sensitive details: loaded once (story:details), handed to the
 * editor (which rebuilds it as marks change and shows unmarked mentions), and saved when the writer
 * changes a choice (story:set-details). Pending text is saved first, so a detail marked a moment ago
 * is in the stored story when its choices arrive. Saves run one after another; a failed one puts
 * the last stored register back, so the screen never shows a choice that is not kept.
 */
export function useDetailRegister(
  storyId: string,
  editor: Editor,
  initial: DetailRegister | undefined,
  flush: () => Promise<void>,
): DetailRegisterControl {
  const [error, setError] = useState<IpcError | null>(null);
  const stored = useRef<DetailRegister>(initial ?? []);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(0);

  useEffect(() => {
    if (initial) editor.commands.setSavedRegister(initial);
    // Only when the story opens.
  }, [editor, storyId]);
  useIpcEffect(
    initial ? null : () => harbor.story.details({ id: storyId }),
    (result) => {
      // A story saved before the register existed: Harbor proposes, the writer decides later.
      if (!result.ok || editor.isDestroyed) return;
      stored.current = result.value;
      editor.commands.setSavedRegister(result.value);
    },
    // Only when the story opens.
    [editor, storyId],
  );

  const save = useCallback(
    (next: DetailRegister) => {
      // Shown at once; put back if it cannot be kept.
      editor.commands.setSavedRegister(next);
      const mine = ++latest.current;
      const run = queue.current.then(async () => {
        try {
          await flush();
          const kept = await call(harbor.story.setDetails({ id: storyId, details: next }));
          stored.current = kept;
          setError(null);
          if (!editor.isDestroyed && mine === latest.current) editor.commands.setSavedRegister(kept);
          return true;
        } catch (e) {
          setError(asIpcError(e));
          if (!editor.isDestroyed && mine === latest.current) editor.commands.setSavedRegister(stored.current);
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [editor, flush, storyId],
  );

  return { save, error };
}
