import { useEffect, useState } from 'react';

/**
 * A place over the whole window for a screen that needs all of it (practice): an element added to
 * <body> for as long as the caller is mounted. Everything else on <body> is made inert meanwhile, so
 * the keyboard and a screen reader stay on this screen instead of wandering into the rail and header
 * it covers. The window-wide shortcuts (lock, quick exit) keep working: they listen on the window.
 */
export function useWholeWindow(): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const el = document.createElement('div');
    el.className = 'whole-window';
    const others = Array.from(document.body.children).filter((child) => !child.hasAttribute('inert'));
    document.body.append(el);
    for (const other of others) other.setAttribute('inert', '');
    setHost(el);
    return () => {
      for (const other of others) other.removeAttribute('inert');
      el.remove();
    };
  }, []);
  return host;
}
