import { defineErrorText } from './define-error-text';

/** Sharing a story with an advocate: share files and codes, packages sent and received, withdrawals and receipts. */
export const shareText = defineErrorText({
  en: {
    codeShape:
      'A share code is seven words from Harbor\u2019s word list. Check the words with the person who gave it to you.',
    wrongCode: 'That share code does not open this package. Check the words with the person who gave it to you.',
    // One key per thing that can be damaged (the English once took the thing as a phrase).
    damagedFile:
      'This file is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedTooLarge:
      'This file is far larger than any share file, so it is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedPackage:
      'This package is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedWithdrawal:
      'This withdrawal file is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedReceipt:
      'This receipt is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedPackageRecord:
      'The record of this package is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    damagedSharedStoryRecord:
      'The record of this shared story is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.',
    notShareFile: 'This is not a Harbor share file, or it is damaged. Nothing in your vault was changed.',
    notPackage: 'This Harbor file is not a shared story. Nothing in your vault was changed.',
    notWithdrawal: 'This Harbor file is not a withdrawal of consent. Nothing in your vault was changed.',
    notReceipt: 'This Harbor file is not a receipt. Nothing in your vault was changed.',
    tooNew: 'This share file was made by a newer Harbor. Update Harbor to open it.',
    unknownPackage: 'This file belongs to a shared story that is not in this vault.',
    packageIdConflict:
      'This package claims the id {{packageId}}, which a shared story added to this vault on {{date}} already has, but it was sealed with a different share code. One of the two is not what it says it is, so Harbor added nothing. Ask the writer, in person or by phone, which one they sent.',
    sentNotFound: 'You have not shared a package with that id from this vault.',
    storyInTrash: 'This story is in the Trash. Restore it before sharing it.',
    sharedStoryNotFound: 'There is no shared story with that id in this vault.',
    expiredOnImport:
      "The writer's consent for this story ended on {{date}}, so Harbor did not add it. Nothing else was changed.",
    withdrawnNoQuoting: 'The writer withdrew their consent for this story, so it can no longer be quoted.',
    expiredNoQuoting: "The writer's consent for this story ended on {{date}}, so it can no longer be quoted.",
    tooManyUses: 'This story has too many recorded uses.',
    emptyFile: 'That file is empty. Nothing was changed.',
    noFileAt: 'There is no file at {{file}}.',
    fileTooLarge: '{{file}} is far larger than any Harbor share file, so Harbor did not open it.',
    fileExists: '{{file}} already exists. Choose another name, or add --overwrite to replace it.',
    writeFailed: 'Harbor could not write {{file}}. Nothing was shared.',
  },
  es: {
    codeShape:
      'Un código para compartir son siete palabras de la lista de palabras de Harbor. Revisa las palabras con la persona que te lo dio.',
    wrongCode: 'Ese código para compartir no abre este paquete. Revisa las palabras con la persona que te lo dio.',
    damagedFile:
      'Este archivo está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedTooLarge:
      'Este archivo es mucho más grande que cualquier archivo para compartir, así que está dañado o se cambió después de crearse, y Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedPackage:
      'Este paquete está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedWithdrawal:
      'Este archivo de retirada está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedReceipt:
      'Este recibo está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedPackageRecord:
      'El registro de este paquete está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    damagedSharedStoryRecord:
      'El registro de esta historia compartida está dañado o se cambió después de crearse, así que Harbor no lo abrirá. No se cambió nada en tu bóveda. Pide una copia nueva.',
    notShareFile: 'Este no es un archivo para compartir de Harbor, o está dañado. No se cambió nada en tu bóveda.',
    notPackage: 'Este archivo de Harbor no es una historia compartida. No se cambió nada en tu bóveda.',
    notWithdrawal: 'Este archivo de Harbor no es una retirada del consentimiento. No se cambió nada en tu bóveda.',
    notReceipt: 'Este archivo de Harbor no es un recibo. No se cambió nada en tu bóveda.',
    tooNew:
      'Este archivo para compartir se creó con una versión más reciente de Harbor. Actualiza Harbor para abrirlo.',
    unknownPackage: 'Este archivo pertenece a una historia compartida que no está en esta bóveda.',
    packageIdConflict:
      'Este paquete dice tener el identificador {{packageId}}, que ya tiene una historia compartida añadida a esta bóveda el {{date}}, pero se selló con otro código para compartir. Uno de los dos no es lo que dice ser, así que Harbor no añadió nada. Pregunta a quien lo escribió, en persona o por teléfono, cuál te envió.',
    sentNotFound: 'No has compartido desde esta bóveda ningún paquete con ese identificador.',
    storyInTrash: 'Esta historia está en la Papelera. Restáurala antes de compartirla.',
    sharedStoryNotFound: 'No hay ninguna historia compartida con ese identificador en esta bóveda.',
    expiredOnImport:
      'El consentimiento de quien escribió esta historia terminó el {{date}}, así que Harbor no la añadió. No se cambió nada más.',
    withdrawnNoQuoting: 'Quien escribió esta historia retiró su consentimiento, así que ya no se puede citar.',
    expiredNoQuoting:
      'El consentimiento de quien escribió esta historia terminó el {{date}}, así que ya no se puede citar.',
    tooManyUses: 'Esta historia tiene demasiados usos registrados.',
    emptyFile: 'Ese archivo está vacío. No se cambió nada.',
    noFileAt: 'No hay ningún archivo en {{file}}.',
    fileTooLarge:
      '{{file}} es mucho más grande que cualquier archivo para compartir de Harbor, así que Harbor no lo abrió.',
    fileExists: '{{file}} ya existe. Elige otro nombre o añade --overwrite para reemplazarlo.',
    writeFailed: 'Harbor no pudo escribir {{file}}. No se compartió nada.',
  },
});
