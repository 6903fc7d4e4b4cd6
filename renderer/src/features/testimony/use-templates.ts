import { useCallback, useEffect, useState } from 'react';
import type { TemplateEntry } from '../../../../shared/ipc/contract-testimony';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';

export type TemplatesState =
  { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; entries: TemplateEntry[] };

export function useTemplates() {
  const [state, setState] = useState<TemplatesState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const result = await harbor.template.list();
    setState(result.ok ? { status: 'ready', entries: result.value } : { status: 'error', error: result.error });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
