import { useEffect } from 'react';
import { harbor } from '../platform/bridge';
import { createActivityThrottle, watchActivity } from './activity';

/** Tells the main process, at most every 30 s, that someone is using Harbor (idle auto-lock). */
export function useActivityReporting(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const report = createActivityThrottle(() => {
      void harbor.vault.activity();
    });
    return watchActivity(window, report);
  }, [enabled]);
}
