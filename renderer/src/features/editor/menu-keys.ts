import type { KeyboardEvent } from 'react';

/**
 * The keys of an open toolbar menu (the WAI-ARIA menu pattern): arrows, Home and End move between
 * its items and wrap around; Escape closes it and gives focus back to its button (and stops there,
 * so the page's own Escape, leaving a flow, does not fire too); Tab closes it and moves on.
 */
export function onMenuKeys(e: KeyboardEvent<HTMLElement>, close: (refocus: boolean) => void): void {
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    e.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  if (e.key === 'ArrowDown') move(at + 1);
  else if (e.key === 'ArrowUp') move(at - 1);
  else if (e.key === 'Home') move(0);
  else if (e.key === 'End') move(items.length - 1);
  else if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    close(true);
  } else if (e.key === 'Tab') close(false);
}
