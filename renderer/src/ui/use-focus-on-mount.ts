import { useEffect, useRef } from 'react';

/** Moves keyboard and screen-reader focus to the element when it appears (a step's heading, say). */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus({ preventScroll: false });
  }, [enabled]);
  return ref;
}
