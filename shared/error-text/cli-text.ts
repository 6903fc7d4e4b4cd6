import { defineErrorText } from './define-error-text';

/** The command line's own refusals: files named on it, a new passphrase, backup files. `file` is the path as typed. */
export const cliText = defineErrorText({
  en: {
    notAFile: '{{file}} is not a file.',
    fileTooLarge: '{{file}} is larger than {{limitMiB}} MB. Harbor can import smaller files.',
    fileNotFound: "Harbor couldn't find the file {{file}}.",
    fileNotAllowed: "Harbor isn't allowed to read {{file}}.",
    fileUnreadable: "Harbor couldn't read {{file}}.",
    // The same words as the app's strength advice (shared/passphrase-strength.ts, 'too-short').
    passphraseTooShort: 'Use at least {{min}} characters. A short sentence works well.',
    backupFileExists: '{{file}} already exists. Choose another name, or add --overwrite to replace it.',
    outputExists: '{{file}} already exists. Choose another name, or add --overwrite to replace it.',
    outputInVault:
      '{{file}} is inside a Harbor vault folder. Harbor does not write other files there: it could damage the vault. Choose another folder.',
    outputFolderMissing: 'The folder for {{file}} does not exist. Create it first, or choose another one.',
    outputNotAFile: '{{file}} is a folder, not a file. Give a file name.',
  },
  es: {
    notAFile: '{{file}} no es un archivo.',
    fileTooLarge: '{{file}} ocupa más de {{limitMiB}} MB. Harbor puede importar archivos más pequeños.',
    fileNotFound: 'Harbor no encontró el archivo {{file}}.',
    fileNotAllowed: 'Harbor no tiene permiso para leer {{file}}.',
    fileUnreadable: 'Harbor no pudo leer {{file}}.',
    passphraseTooShort: 'Usa al menos {{min}} caracteres. Una frase corta funciona bien.',
    backupFileExists: '{{file}} ya existe. Elige otro nombre o añade --overwrite para reemplazarlo.',
    outputExists: '{{file}} ya existe. Elige otro nombre o añade --overwrite para reemplazarlo.',
    outputInVault:
      '{{file}} está dentro de la carpeta de una bóveda de Harbor. Harbor no escribe otros archivos ahí: podría dañar la bóveda. Elige otra carpeta.',
    outputFolderMissing: 'La carpeta de {{file}} no existe. Créala primero o elige otra.',
    outputNotAFile: '{{file}} es una carpeta, no un archivo. Indica un nombre de archivo.',
  },
});
