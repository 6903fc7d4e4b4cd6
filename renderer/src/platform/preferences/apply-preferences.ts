import type { Preferences } from '../../../../shared/preferences';
import { setLanguage } from '../../i18n/i18n';

/** Theme, text size and language live on <html> so every screen follows them. */
export function applyPreferences(prefs: Preferences): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.style.setProperty('--text-scale', String(prefs.textScale));
  setLanguage(prefs.language);
}
