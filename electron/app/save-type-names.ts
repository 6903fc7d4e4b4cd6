import type { Lang } from '../../shared/core/lang-codes';
import type { Preferences } from '../../shared/preferences';
import type { SaveKind } from '../ipc/main-context';

interface TypeName {
  real: string;
  /** The disguise's words: the save dialog opens over the window, in view of whoever is looking. */
  disguised: string;
}
const same = (name: string): TypeName => ({ real: name, disguised: name });

/** The file type the save dialog lists, in each language. */
const NAMES: Record<Lang, Record<SaveKind, TypeName>> = {
  en: {
    docx: same('Word'),
    pdf: same('PDF'),
    'harbor-share': { real: 'Harbor share file', disguised: 'Shared file' },
    'harbor-receipt': { real: 'Harbor receipt', disguised: 'Receipt' },
    'harbor-withdrawal': { real: 'Harbor withdrawal', disguised: 'Withdrawal' },
    'harbor-template': { real: 'Harbor template', disguised: 'Template' },
    'harbor-backup': { real: 'Harbor backup', disguised: 'Backup' },
    calendar: same('Calendar'),
  },
  es: {
    docx: same('Word'),
    pdf: same('PDF'),
    'harbor-share': { real: 'Archivo para compartir de Harbor', disguised: 'Archivo compartido' },
    'harbor-receipt': { real: 'Recibo de Harbor', disguised: 'Recibo' },
    'harbor-withdrawal': { real: 'Retirada de Harbor', disguised: 'Retirada' },
    'harbor-template': { real: 'Plantilla de Harbor', disguised: 'Plantilla' },
    'harbor-backup': { real: 'Copia de seguridad de Harbor', disguised: 'Copia de seguridad' },
    calendar: same('Calendario'),
  },
};

export function saveTypeName(kind: SaveKind, prefs: Pick<Preferences, 'disguise' | 'language'>): string {
  const name = NAMES[prefs.language][kind];
  return prefs.disguise ? name.disguised : name.real;
}
