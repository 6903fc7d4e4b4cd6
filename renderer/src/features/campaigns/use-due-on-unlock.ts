import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';

/**
 * On unlock, asks once whether any follow-up or hearing deadline is overdue or due this week, and
 * if so calls `show` (the shell opens "This week"). Small on purpose: it sits in the first screen,
 * while the Campaigns screens load only when opened.
 */
export function useDueOnUnlock(show: () => void) {
  // Once per unlock: the shell mounts afresh each time the vault opens.
  useIpcEffect(
    () => harbor.campaign.due(),
    (result) => {
      if (result.ok && result.value.length > 0) show();
    },
    [],
  );
}
