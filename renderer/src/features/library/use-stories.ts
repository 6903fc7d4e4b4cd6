import { useCallback, useEffect, useState } from 'react';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';

export type StoriesState =
  | { status: 'loading' }
  | { status: 'ready'; active: StorySummaryView[]; trashed: StorySummaryView[] }
  | { status: 'error'; error: IpcError };

/** Every story, trashed ones included (the Trash view shows them), loaded once and on reload(). */
export function useStories() {
  const [state, setState] = useState<StoriesState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const result = await harbor.story.list({ includeTrashed: true });
    if (!result.ok) {
      setState({ status: 'error', error: result.error });
      return;
    }
    setState({
      status: 'ready',
      active: result.value.filter((s) => !s.trashedAt),
      trashed: result.value.filter((s) => s.trashedAt),
    });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
