import { useState } from 'react';
import type { TemplateEntry } from '../../../../shared/ipc/contract-testimony';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { useReload } from '../../platform/use-reload';

export type TemplatesState =
  { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; entries: TemplateEntry[] };

/** The built-in and the person's own templates, loaded once and on reload(). */
export function useTemplates() {
  const [state, setState] = useState<TemplatesState>({ status: 'loading' });
  const { asked, reload, answered } = useReload();
  useIpcEffect(
    () => harbor.template.list(),
    (result) => {
      setState(result.ok ? { status: 'ready', entries: result.value } : { status: 'error', error: result.error });
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
