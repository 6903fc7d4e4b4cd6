import { useCallback, useState } from 'react';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';

/**
 * After a quick exit that chose "neutral screen", the reloaded window opens on it. Null while the
 * main process has not answered yet, so the lock screen never flashes up first.
 */
export function useNeutralScreen(): { neutral: boolean | null; leave: () => void } {
  const [neutral, setNeutral] = useState<boolean | null>(null);
  useIpcEffect(
    () => harbor.safety.status(),
    (result) => setNeutral(result.ok ? result.value.neutralScreen : false),
    [],
  );
  const leave = useCallback(() => {
    setNeutral(false);
    void harbor.safety.leaveNeutral();
  }, []);
  return { neutral, leave };
}
