import { useCallback, useState } from 'react';

export interface AnnouncedError {
  text: string;
  /** Changes with every new error so the same words are announced again on a second attempt. */
  key: number;
}

/** An error message that screen readers announce each time it is set, even when the words repeat. */
export function useAnnouncedError() {
  const [error, setError] = useState<AnnouncedError | null>(null);
  const show = useCallback((text: string) => setError((e) => ({ text, key: (e?.key ?? 0) + 1 })), []);
  const clear = useCallback(() => setError(null), []);
  return { error, show, clear };
}
