/**
 * Keyboard shortcuts written the TipTap way ("Mod-Shift-s") and shown the way each system writes
 * them: "Ctrl+Shift+S" on Windows and Linux, "⌘⇧S" on a Mac, plus the aria-keyshortcuts form.
 */
export function isMac(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
  return /mac|iphone|ipad/i.test(platform ?? navigator.platform ?? '');
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };

function parts(shortcut: string): string[] {
  return shortcut.split('-').map((p) => (p.length === 1 ? p.toUpperCase() : p));
}

/** What to show in a title or hint. */
export function shortcutLabel(shortcut: string, mac = isMac()): string {
  const keys = parts(shortcut);
  if (mac) return keys.map((k) => MAC_SYMBOLS[k] ?? k).join('');
  return keys.map((k) => (k === 'Mod' ? 'Ctrl' : k)).join('+');
}

/** The aria-keyshortcuts value (both Control and Meta where the shortcut uses Mod). */
export function ariaShortcut(shortcut: string): string {
  const keys = parts(shortcut);
  const as = (mod: string) => keys.map((k) => (k === 'Mod' ? mod : k === 'Ctrl' ? 'Control' : k)).join('+');
  return keys.includes('Mod') ? `${as('Control')} ${as('Meta')}` : as('Control');
}
