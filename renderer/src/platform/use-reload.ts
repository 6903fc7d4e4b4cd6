import { useCallback, useRef, useState } from 'react';

/**
 * "Ask again" for a useIpcEffect: put `asked` in its deps and call `answered()` where the answer
 * lands. `reload()` makes the effect ask anew (an older answer still on its way is dropped) and
 * resolves once the new answer has been applied, so a caller can await the fresh list.
 */
export function useReload(): { asked: number; reload: () => Promise<void>; answered: () => void } {
  const [asked, setAsked] = useState(0);
  const waiting = useRef<(() => void)[]>([]);
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setAsked((n) => n + 1);
      }),
    [],
  );
  const answered = useCallback(() => {
    for (const resolve of waiting.current.splice(0)) resolve();
  }, []);
  return { asked, reload, answered };
}
