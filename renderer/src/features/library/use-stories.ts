import { useState } from 'react';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { useReload } from '../../platform/use-reload';

export type StoriesState =
  | { status: 'loading' }
  | { status: 'ready'; active: StorySummaryView[]; trashed: StorySummaryView[] }
  | { status: 'error'; error: IpcError };

/** Every story, trashed ones included (the Trash view shows them), loaded once and on reload(). */
export function useStories() {
  const [state, setState] = useState<StoriesState>({ status: 'loading' });
  const { asked, reload, answered } = useReload();
  useIpcEffect(
    () => harbor.story.list({ includeTrashed: true }),
    (result) => {
      setState(
        result.ok
          ? {
              status: 'ready',
              active: result.value.filter((s) => !s.trashedAt),
              trashed: result.value.filter((s) => s.trashedAt),
            }
          : { status: 'error', error: result.error },
      );
      answered();
    },
    [asked],
    {
      onFail: (error) => {
        setState({ status: 'error', error });
        answered();
      },
    },
  );
  return { state, reload };
}
