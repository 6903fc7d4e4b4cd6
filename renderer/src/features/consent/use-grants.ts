import { useCallback, useState } from 'react';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { useReload } from '../../platform/use-reload';

export type GrantsState =
  { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; grants: ConsentGrant[] };

/** The grants for one story (or every grant when no id is given), newest first, with a way to refresh. */
export function useGrants(sourceId?: string) {
  const [state, setState] = useState<GrantsState>({ status: 'loading' });
  const { asked, reload, answered } = useReload();
  // A list asked for an earlier story never lands in the one now open.
  useIpcEffect(
    () => harbor.consent.list(sourceId ? { sourceId } : undefined),
    (result) => {
      setState(result.ok ? { status: 'ready', grants: result.value } : { status: 'error', error: result.error });
      answered();
    },
    [sourceId, asked],
    {
      onFail: (error) => {
        setState({ status: 'error', error });
        answered();
      },
    },
  );
  /** Puts a created or changed grant in place without waiting for the list. */
  const put = useCallback((grant: ConsentGrant) => {
    setState((s) => {
      if (s.status !== 'ready') return { status: 'ready', grants: [grant] };
      const rest = s.grants.filter((g) => g.id !== grant.id);
      const at = s.grants.findIndex((g) => g.id === grant.id);
      if (at < 0) return { status: 'ready', grants: [grant, ...rest] };
      const grants = [...s.grants];
      grants[at] = grant;
      return { status: 'ready', grants };
    });
  }, []);
  return { state, reload, put };
}
