import { useCallback, useEffect, useRef, useState } from 'react';
import type { Testimony, TestimonyEdit } from '../../../../../shared/testimony/testimony-data';
import type { IpcError } from '../../../../../shared/ipc/result';
import { harbor } from '../../../platform/bridge';
import { createAutosaver, type SaveState } from '../../../platform/autosave';
import { call } from '../../../platform/call';

type Loaded = { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; testimony: Testimony };

const editOf = (t: Testimony): TestimonyEdit => ({
  title: t.title,
  language: t.language,
  metadata: t.metadata,
  sections: t.sections,
  speakingRate: t.speakingRate,
  targetMinutes: t.targetMinutes,
});

/**
 * One testimony being edited: loads it, applies changes at once on screen, and autosaves them
 * (never dropping an edit; flushed before lock and when the builder closes).
 */
export function useTestimonyDraft(id: string, registerBeforeLock: (flush: () => Promise<void>) => () => void) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const saver = useRef(
    createAutosaver<TestimonyEdit>({
      save: async (edit) => {
        await call(harbor.testimony.save({ id, edit }));
      },
      onState: (state) => setSaveState(state),
      delayMs: 700,
    }),
  );

  const load = useCallback(async () => {
    setLoaded({ status: 'loading' });
    const result = await harbor.testimony.get({ id });
    setLoaded(result.ok ? { status: 'ready', testimony: result.value } : { status: 'error', error: result.error });
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const current = saver.current;
    const unregister = registerBeforeLock(() => current.flush().catch(() => undefined));
    return () => {
      unregister();
      void current.flush().catch(() => undefined);
      current.dispose();
    };
  }, [registerBeforeLock]);

  const update = useCallback((change: Partial<TestimonyEdit>) => {
    setLoaded((l) => {
      if (l.status !== 'ready') return l;
      const testimony = { ...l.testimony, ...change };
      saver.current.changed(editOf(testimony));
      return { status: 'ready', testimony };
    });
  }, []);

  const flush = useCallback(() => saver.current.flush(), []);
  return { loaded, reload: load, update, saveState, flush };
}
