import { useEffect, useState } from 'react';
import { harbor } from '../bridge';

/**
 * After a quick exit that chose "neutral screen", the reloaded window opens on it, and stays on it
 * until Harbor is closed and started again. Null while the main process has not answered yet, so
 * the lock screen never flashes up first.
 */
export function useNeutralScreen(): { neutral: boolean | null } {
  const [neutral, setNeutral] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void harbor.safety.status().then((result) => {
      if (live) setNeutral(result.ok ? result.value.neutralScreen : false);
    });
    return () => {
      live = false;
    };
  }, []);
  return { neutral };
}
