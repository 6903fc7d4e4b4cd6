import { useEffect, useRef } from 'react';

/**
 * Calls `onEscape` when Escape is pressed anywhere in the window, wherever the focus is: a label
 * shown by hover (the rail's, Lock's) must be dismissible with the focus in the work area
 * (WCAG 1.4.13). Nothing else is stopped: the same Escape still closes whatever it closes there.
 */
export function useEscapeAnywhere(onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
