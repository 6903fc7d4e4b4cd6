import type { Preferences } from '../../../../shared/preferences';
import { setDisguisedName, setLanguage, type Language } from '../../i18n/i18n';
import { errorLanguageReady, loadErrorLanguage } from '../error-text';

let wanted: Language | null = null;

/**
 * Switches the app's language once its error messages are there too (the Spanish ones load on
 * demand, see ../error-text.ts), so an error is never said in the other language.
 */
function switchLanguage(language: Language): void {
  wanted = language;
  const apply = () => {
    if (wanted === language) setLanguage(language);
  };
  if (errorLanguageReady(language)) apply();
  else void loadErrorLanguage(language).then(apply, apply);
}

/** Theme, text size and language live on <html> so every screen follows them; the disguise's name in every text. */
export function applyPreferences(prefs: Preferences): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.style.setProperty('--text-scale', String(prefs.textScale));
  setDisguisedName(prefs.disguise);
  switchLanguage(prefs.language);
}
