import type { Lang } from '../../shared/core/lang-codes';
import type { Preferences } from '../../shared/preferences';

/**
 * The name the save dialog offers for a backup, in the person's language. Disguised, it says
 * "notes", never Harbor: the dialog opens over the window, and the file stays in Documents where
 * anyone browsing the folder reads its name. (The ending stays `.harbor-backup`: it is the format.)
 */
const STEMS: Record<Lang, { real: string; disguised: string }> = {
  en: { real: 'Harbor backup', disguised: 'Notes backup' },
  es: { real: 'Copia de seguridad de Harbor', disguised: 'Copia de seguridad de notas' },
};

export function backupFileName(day: string, prefs: Pick<Preferences, 'disguise' | 'language'>): string {
  const stem = STEMS[prefs.language];
  return `${prefs.disguise ? stem.disguised : stem.real} ${day}.harbor-backup`;
}
