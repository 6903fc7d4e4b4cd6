import type { Lang } from '../core/lang-codes';
import type { Chamber } from './campaign-data';

/**
 * Each chamber's name as the app shows it, so the command line says "House, Senate" where the
 * screen does, never the file's spellings ("house, senate"). The app's own labels
 * (campaigns.chamber.* in the locale files) are held to these by test/unit/campaign/chamber-names.test.ts.
 */
export const CHAMBER_NAMES: Readonly<Record<Lang, Readonly<Record<Chamber, string>>>> = {
  en: {
    house: 'House',
    senate: 'Senate',
    assembly: 'Assembly',
    commons: 'House of Commons',
    lords: 'House of Lords',
    unicameral: 'Single chamber',
    other: 'Other chamber',
  },
  es: {
    house: 'Cámara de Representantes',
    senate: 'Senado',
    assembly: 'Asamblea',
    commons: 'Cámara de los Comunes',
    lords: 'Cámara de los Lores',
    unicameral: 'Cámara única',
    other: 'Otra cámara',
  },
};
