import { useEffect, useRef } from 'react';
import { harbor } from '../../platform/bridge';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { copiedText, copyFingerprint } from './copy-fingerprint';
import { createShortcutWatcher } from './escape-sequence';
import { quickExit } from './quick-exit';

/**
 * On every screen (unlocked, locked, first run): the quick-exit shortcut, listened for in the
 * capture phase so the story editor or a dialog cannot swallow it; and copy/cut reports, so locking
 * can clear the clipboard if it still holds Harbor's text. Only a hash of the text is sent.
 */
export function useSafetyListeners(): void {
  const { prefs } = usePreferences();
  const shortcut = useRef(prefs.quickExitShortcut);
  shortcut.current = prefs.quickExitShortcut;

  useEffect(() => {
    const watch = createShortcutWatcher();
    const onKey = (e: KeyboardEvent) => {
      if (!watch(e, shortcut.current)) return;
      e.preventDefault();
      e.stopPropagation();
      void quickExit();
    };
    // After the editor's own copy handler has filled clipboardData (bubble phase, on window).
    const onCopy = (e: ClipboardEvent) => {
      const text = copiedText(e);
      if (text) void copyFingerprint(text).then((sha256) => harbor.safety.copied({ sha256 }));
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('copy', onCopy);
    window.addEventListener('cut', onCopy);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('cut', onCopy);
    };
  }, []);
}
