import { useCallback, useEffect, useState } from 'react';
import type { AttemptStatus } from '../../../../shared/ipc/contract-safety';
import { harbor } from '../../platform/bridge';

/**
 * Wrong-passphrase attempts as the main process counts them (they survive a restart), with a
 * countdown to when the next one can be tried. The main process enforces the wait itself; this
 * only lets the screen say so instead of leaving the button hanging.
 */
export function useAttempts(): { attempts: AttemptStatus | null; secondsLeft: number; refresh: () => Promise<void> } {
  const [attempts, setAttempts] = useState<AttemptStatus | null>(null);
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    const result = await harbor.safety.status();
    if (!result.ok) return;
    setAttempts(result.value.attempts);
    // One reading of the clock: two could differ by a millisecond on a busy computer, and a wait of
    // 0 ms would then show as "wait 1 second", block the button and announce "try again now".
    const at = Date.now();
    setNow(at);
    setUntil(at + result.value.attempts.retryInMs);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (until <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until, now]);

  return { attempts, secondsLeft: Math.max(0, Math.ceil((until - now) / 1000)), refresh };
}
