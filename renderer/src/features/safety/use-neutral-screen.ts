import { useState } from 'react';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';

/**
 * After a quick exit that chose "neutral screen", the reloaded window opens on it, and stays on it
 * until Harbor is closed and started again. Null while the main process has not answered yet, so
 * the lock screen never flashes up first.
 */
export function useNeutralScreen(): { neutral: boolean | null } {
  const [neutral, setNeutral] = useState<boolean | null>(null);
  useIpcEffect(
    () => harbor.safety.status(),
    (result) => setNeutral(result.ok ? result.value.neutralScreen : false),
    [],
  );
  return { neutral };
}
