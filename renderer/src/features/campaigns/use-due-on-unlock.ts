import { useEffect } from 'react';
import { harbor } from '../../platform/bridge';

/**
 * On unlock, asks once whether any follow-up or hearing deadline is overdue or due this week, and
 * if so calls `show` (the shell opens "This week"). Small on purpose: it sits in the first screen,
 * while the Campaigns screens load only when opened.
 */
export function useDueOnUnlock(show: () => void) {
  useEffect(() => {
    let live = true;
    void harbor.campaign.due().then((result) => {
      if (live && result.ok && result.value.length > 0) show();
    });
    return () => {
      live = false;
    };
    // Once per unlock: the shell mounts afresh each time the vault opens.
  }, []);
}
