import { defineErrorText } from './define-error-text';

/**
 * What the integrity check found wrong in one place of the vault. The command line prints the
 * English after the item's id; the settings screen shows the person's language.
 */
export const integrityText = defineErrorText({
  en: {
    headerChanged: 'the vault header was changed outside Harbor',
    headerDamaged: 'the vault header is damaged',
    newerVersion: 'saved by a newer version of Harbor',
    notAuthentic: 'damaged or changed outside Harbor (it does not authenticate)',
    cacheRebuilt: 'derived data was damaged or changed outside Harbor (rebuilt from the items)',
  },
  es: {
    headerChanged: 'el archivo principal de la bóveda se cambió fuera de Harbor',
    headerDamaged: 'el archivo principal de la bóveda está dañado',
    newerVersion: 'se guardó con una versión más nueva de Harbor',
    notAuthentic: 'está dañado o se cambió fuera de Harbor (no se puede comprobar que sea auténtico)',
    cacheRebuilt:
      'los datos derivados se dañaron o se cambiaron fuera de Harbor (se volvieron a crear a partir de los elementos)',
  },
});
