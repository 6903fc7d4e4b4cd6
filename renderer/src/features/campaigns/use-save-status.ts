import { useState } from 'react';
import type { IpcError } from '../../../../shared/ipc/result';
import { useErrorText } from '../../platform/use-error-text';

/** A form's save: busy while the vault writes, and the refusal in words when it says no. */
export function useSaveStatus() {
  const toText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (write: () => Promise<IpcError | null>): Promise<boolean> => {
    setBusy(true);
    const failed = await write();
    setBusy(false);
    setError(failed ? toText(failed) : null);
    return failed === null;
  };
  return { busy, error, run };
}
