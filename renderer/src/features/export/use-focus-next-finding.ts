import { useEffect, useRef, type RefObject } from 'react';

/**
 * When a finding leaves the list (marked or ignored), keeps the keyboard on the one that took its
 * place, or on `fallback` once the list is empty. Set `focusAt.current` to the acted-on index first.
 */
export function useFocusNextFinding(
  findings: unknown,
  root: RefObject<HTMLElement | null>,
  buttonSelector: string,
  fallback: () => HTMLElement | null,
) {
  const focusAt = useRef<number | null>(null);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const buttons = root.current?.querySelectorAll<HTMLElement>(buttonSelector);
    (buttons?.[Math.min(at, buttons.length - 1)] ?? fallbackRef.current())?.focus();
  }, [findings, root, buttonSelector]);
  return focusAt;
}
