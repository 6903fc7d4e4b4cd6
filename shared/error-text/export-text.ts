import { defineErrorText } from './define-error-text';

/** Exporting to Word or PDF: the sources, building and cleaning the file, and saving it. */
export const exportText = defineErrorText({
  en: {
    storyInTrash: 'This story is in the Trash. Restore it first if you want to export it.',
    testimonyInTrash: 'This testimony is in the Trash. Restore it first if you want to export it.',
    kindUnsupported: 'Harbor cannot export this kind of document yet.',
    consentNotApplied: 'This document still holds private notes or marked details. Apply the consent before exporting.',
    nestedTooDeep: 'Lists and quotes can be nested at most {{max}} deep.',
    tooLongForPdf: 'This document is too long to print as one PDF. Export it as Word instead.',
    cannotMakePdf: 'Harbor cannot make PDFs here. Export as Word instead.',
    overBudget: 'This document is over its length or time limit. Trim it, or choose "Export anyway".',
    chromiumMissing:
      'Harbor needs Chromium to make PDFs here. Install it (apt-get install chromium) or set HARBOR_CHROMIUM.',
    // `detail` is the reader's own technical words (English): for a bug report, not for the person.
    wordNotReadBack: 'The Word file could not be read back for cleaning ({{detail}}).',
    pdfNotCleaned: 'The PDF could not be cleaned ({{detail}}).',
    cannotSaveHere: 'Harbor cannot save files here.',
    folderMissing: 'That folder does not exist. Choose another place to save the file.',
    folderForbidden: 'Harbor may not save files in that folder. Choose another place.',
    diskFull: 'The disk is full. Free some space, or save somewhere else.',
    saveFailed: 'The file could not be saved there. Choose another place and try again.',
    savingInVault:
      'That folder holds your Harbor vault. Harbor does not save other files there: it could damage the vault. Choose another folder.',
  },
  es: {
    storyInTrash: 'Esta historia está en la Papelera. Restáurala primero si quieres exportarla.',
    testimonyInTrash: 'Este testimonio está en la Papelera. Restáuralo primero si quieres exportarlo.',
    kindUnsupported: 'Harbor todavía no puede exportar este tipo de documento.',
    consentNotApplied:
      'Este documento todavía contiene notas privadas o datos marcados. Aplica el consentimiento antes de exportar.',
    nestedTooDeep: 'Las listas y las citas se pueden anidar como máximo {{max}} niveles.',
    tooLongForPdf: 'Este documento es demasiado largo para imprimirlo como un solo PDF. Expórtalo como Word.',
    cannotMakePdf: 'Harbor no puede crear archivos PDF aquí. Exporta como Word.',
    overBudget:
      'Este documento supera su límite de extensión o de tiempo. Recórtalo o elige «Exportar de todos modos».',
    chromiumMissing:
      'Harbor necesita Chromium para crear archivos PDF aquí. Instálalo (apt-get install chromium) o configura HARBOR_CHROMIUM.',
    wordNotReadBack: 'No se pudo volver a leer el archivo de Word para limpiarlo ({{detail}}).',
    pdfNotCleaned: 'No se pudo limpiar el PDF ({{detail}}).',
    cannotSaveHere: 'Harbor no puede guardar archivos aquí.',
    folderMissing: 'Esa carpeta no existe. Elige otro lugar para guardar el archivo.',
    folderForbidden: 'Harbor no tiene permiso para guardar archivos en esa carpeta. Elige otro lugar.',
    diskFull: 'El disco está lleno. Libera espacio o guarda en otro lugar.',
    saveFailed: 'No se pudo guardar el archivo ahí. Elige otro lugar e inténtalo de nuevo.',
    savingInVault:
      'Esa carpeta contiene tu bóveda de Harbor. Harbor no guarda otros archivos ahí: podría dañar la bóveda. Elige otra carpeta.',
  },
});
