import { useCallback, useState } from 'react';

export interface Announcement {
  text: string;
  /** Changes with each message so the same words are announced again. */
  key: number;
}

/** A short message for a polite live region ("Moved to the trash."), replaced by the next one. */
export function useAnnouncer() {
  const [message, setMessage] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => setMessage((m) => ({ text, key: (m?.key ?? 0) + 1 })), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, announce, clear };
}
