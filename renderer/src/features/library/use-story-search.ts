import { useEffect, useState } from 'react';
import type { StorySearchHit } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';

export type SearchState =
  | { status: 'off' }
  | { status: 'searching' }
  | { status: 'done'; query: string; hits: StorySearchHit[] }
  | { status: 'error'; error: IpcError };

/** Searches about a quarter of a second after typing stops; a newer query replaces an older answer. */
export function useStorySearch(query: string, delayMs = 250): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'off' });
  const q = query.trim();

  useEffect(() => {
    setState((s) => (!q ? { status: 'off' } : s.status === 'done' ? s : { status: 'searching' }));
  }, [q]);
  useIpcEffect(
    q ? () => harbor.story.search({ query: q }) : null,
    (result) =>
      setState(result.ok ? { status: 'done', query: q, hits: result.value } : { status: 'error', error: result.error }),
    [q],
    { delayMs },
  );

  return state;
}
