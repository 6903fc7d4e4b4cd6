import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * One tab stop for a group of controls (a toolbar, a tab list): arrow keys move between them, Home
 * and End go to the ends. The element that last had focus keeps tabindex 0, the others -1. Controls
 * a narrow layout hides are skipped, and if the one with tabindex 0 is hidden, the first shown
 * takes it, so the group stays one Tab away.
 */
export function useRovingFocus<T extends HTMLElement>(orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const containerRef = useRef<T>(null);

  const items = useCallback(
    () =>
      Array.from(containerRef.current?.querySelectorAll<HTMLElement>('[data-roving]') ?? []).filter(
        (el) => !el.hasAttribute('disabled') && el.checkVisibility?.() !== false,
      ),
    [],
  );

  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    // Only when the group's size changes (a layout switch), never while typing.
    const observer = new ResizeObserver(() => {
      const shown = items();
      if (shown.length > 0 && !shown.some((el) => el.tabIndex === 0)) {
        for (const el of shown) el.tabIndex = el === shown[0] ? 0 : -1;
      }
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [items]);

  const setCurrent = useCallback(
    (target: HTMLElement) => {
      for (const el of items()) el.tabIndex = el === target ? 0 : -1;
    },
    [items],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<T>) => {
      const next = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
      const prev = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
      if (![next, prev, 'Home', 'End'].includes(e.key)) return;
      const all = items();
      const at = all.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      e.preventDefault();
      const to =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? all.length - 1
            : (at + (e.key === next ? 1 : -1) + all.length) % all.length;
      const target = all[to]!;
      setCurrent(target);
      target.focus();
    },
    [items, orientation, setCurrent],
  );

  const onFocus = useCallback(
    (e: React.FocusEvent<T>) => {
      const target = e.target as HTMLElement;
      if (target.hasAttribute('data-roving')) setCurrent(target);
    },
    [setCurrent],
  );

  return { containerRef, onKeyDown, onFocus };
}
