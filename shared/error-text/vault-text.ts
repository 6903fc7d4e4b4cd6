import { defineErrorText } from './define-error-text';

/**
 * The vault's errors (opening, saving, backups, the session and its safety settings), for a person
 * who may be frightened or tired: plain, warm, never blaming, never containing story text.
 */
export const vaultText = defineErrorText({
  en: {
    wrongPassphrase: "That passphrase doesn't open this vault.",
    wrongRecoveryKey:
      "That recovery key doesn't open this vault. Check each group of letters and numbers and try again.",
    malformedRecoveryKey:
      "That doesn't look like a Harbor recovery key. A recovery key has 32 letters and numbers in groups of four.",
    noRecoveryKey: "This vault doesn't have a recovery key, so only its passphrase can open it.",
    weakKdf:
      "This vault's security settings are weaker than Harbor allows. It may have been tampered with, so Harbor won't open it.",
    weakKdfRequested: "Those security settings are weaker than Harbor allows, so Harbor won't use them.",
    kdfTooCostly:
      "This vault's security settings ask for more memory or time than Harbor can give. It may have been tampered with, so Harbor won't open it.",
    kdfNotWhole: 'Key derivation settings must be whole numbers.',
    kdfBeyondMax: 'Those key derivation settings are more than Harbor can use.',
    headerDamaged:
      "This vault's main file is damaged or was changed outside Harbor, so Harbor can't open it safely. A backup can bring the vault back.",
    newerFormat: 'This vault was made by a newer version of Harbor. Please update Harbor to open it.',
    itemDamagedOne: "One saved item is damaged, so Harbor can't read it. Your other items are unaffected.",
    itemDamagedMany: "{{count}} saved items are damaged, so Harbor can't read them. Your other items are unaffected.",
    revisionDamaged:
      "That saved version is damaged, so Harbor can't read it. Other versions and your other items are unaffected.",
    backupDamaged:
      'This backup file is damaged or incomplete, so Harbor did not restore anything from it. Your existing files were not touched.',
    backupMissing: "Harbor couldn't find that backup file.",
    backupInsideVault: 'Please save the backup outside the vault folder.',
    inUse: 'This vault is open in another Harbor window or program. Close it there first.',
    lockLost:
      'Another Harbor window or program has taken over this vault, so this window stopped saving. Close this window and unlock the vault again.',
    locked: 'This vault is locked. Unlock it with your passphrase to continue.',
    noVault: "There's no Harbor vault in that folder.",
    noItem: "Harbor couldn't find that item in this vault. It may have been deleted.",
    noRevision: "Harbor couldn't find that saved version of this item.",
    vaultExists: "There's already a Harbor vault in that folder. Harbor won't write over it.",
    folderNotEmpty:
      "That folder already has other files in it. Harbor won't write over them, so please choose an empty folder.",
    notStorable: 'Harbor can only save text, numbers, lists and simple objects here.',
    itemTooLarge: 'This is too large for Harbor to save as one item.',
    unknownKind: 'Unknown kind of item.',
    tooManyRevisions: 'This item has too many saved versions.',
    revisionNameNotText: 'A version name must be text.',
    revisionNameEmpty: 'Please give the version a name, or remove its name.',
    revisionNameTooLong: 'A version name can be up to {{max}} characters.',
    passphraseMissing: 'Please enter a passphrase.',
    passphraseTooLong: 'That passphrase is longer than Harbor can use.',
    diskFull:
      "Your computer's disk is full, so Harbor couldn't save. Everything you saved before is safe. Free some space and try again.",
    notAllowed: "Harbor isn't allowed to write to the vault's folder. Everything you saved before is safe.",
    io: "Harbor couldn't read or write the vault's files just now. Everything you saved before is safe. Please try again.",
    internal: 'Something went wrong inside Harbor. Everything you saved before is safe. Please try again.',
    sessionLocked: 'Harbor is locked. Unlock it with your passphrase to continue.',
    alreadyOpen: 'A vault is already open.',
    yoursAlreadyOpen: 'Your vault is already open.',
    erasedAfterWrongPassphrase:
      "That passphrase doesn't open this vault. This vault has now been erased, because it was set to erase itself after {{count}} wrong attempts.",
    erasedAfterWrongSecret:
      "That didn't open this vault. This vault has now been erased, because it was set to erase itself after {{count}} wrong attempts.",
  },
  es: {
    wrongPassphrase: 'Esa frase de contraseña no abre esta bóveda.',
    wrongRecoveryKey:
      'Esa clave de recuperación no abre esta bóveda. Revisa cada grupo de letras y números e inténtalo de nuevo.',
    malformedRecoveryKey:
      'Eso no parece una clave de recuperación de Harbor. Una clave de recuperación tiene 32 letras y números en grupos de cuatro.',
    noRecoveryKey: 'Esta bóveda no tiene clave de recuperación, así que solo su frase de contraseña puede abrirla.',
    weakKdf:
      'Los ajustes de seguridad de esta bóveda son más débiles de lo que Harbor permite. Puede que la hayan alterado, así que Harbor no la abrirá.',
    weakKdfRequested:
      'Esos ajustes de seguridad son más débiles de lo que Harbor permite, así que Harbor no los usará.',
    kdfTooCostly:
      'Los ajustes de seguridad de esta bóveda piden más memoria o tiempo del que Harbor puede dar. Puede que la hayan alterado, así que Harbor no la abrirá.',
    kdfNotWhole: 'Los ajustes de derivación de clave deben ser números enteros.',
    kdfBeyondMax: 'Esos ajustes de derivación de clave son más de lo que Harbor puede usar.',
    headerDamaged:
      'El archivo principal de esta bóveda está dañado o se cambió fuera de Harbor, así que Harbor no puede abrirla con seguridad. Una copia de seguridad puede recuperar la bóveda.',
    newerFormat: 'Esta bóveda se creó con una versión más nueva de Harbor. Actualiza Harbor para abrirla.',
    itemDamagedOne:
      'Un elemento guardado está dañado, así que Harbor no puede leerlo. Tus demás elementos no se ven afectados.',
    itemDamagedMany:
      '{{count}} elementos guardados están dañados, así que Harbor no puede leerlos. Tus demás elementos no se ven afectados.',
    revisionDamaged:
      'Esa versión guardada está dañada, así que Harbor no puede leerla. Las demás versiones y tus demás elementos no se ven afectados.',
    backupDamaged:
      'Este archivo de copia de seguridad está dañado o incompleto, así que Harbor no restauró nada de él. Tus archivos existentes no se tocaron.',
    backupMissing: 'Harbor no encontró ese archivo de copia de seguridad.',
    backupInsideVault: 'Guarda la copia de seguridad fuera de la carpeta de la bóveda.',
    inUse: 'Esta bóveda está abierta en otra ventana o programa de Harbor. Ciérrala allí primero.',
    lockLost:
      'Otra ventana o programa de Harbor tomó el control de esta bóveda, así que esta ventana dejó de guardar. Cierra esta ventana y desbloquea la bóveda de nuevo.',
    locked: 'Esta bóveda está bloqueada. Desbloquéala con tu frase de contraseña para continuar.',
    noVault: 'No hay ninguna bóveda de Harbor en esa carpeta.',
    noItem: 'Harbor no encontró ese elemento en esta bóveda. Puede que se haya eliminado.',
    noRevision: 'Harbor no encontró esa versión guardada de este elemento.',
    vaultExists: 'Ya hay una bóveda de Harbor en esa carpeta. Harbor no escribirá encima de ella.',
    folderNotEmpty:
      'Esa carpeta ya tiene otros archivos. Harbor no escribirá encima de ellos, así que elige una carpeta vacía.',
    notStorable: 'Harbor solo puede guardar aquí texto, números, listas y objetos sencillos.',
    itemTooLarge: 'Esto es demasiado grande para que Harbor lo guarde como un solo elemento.',
    unknownKind: 'Tipo de elemento desconocido.',
    tooManyRevisions: 'Este elemento tiene demasiadas versiones guardadas.',
    revisionNameNotText: 'El nombre de una versión debe ser texto.',
    revisionNameEmpty: 'Ponle un nombre a la versión o quítale el nombre.',
    revisionNameTooLong: 'El nombre de una versión puede tener hasta {{max}} caracteres.',
    passphraseMissing: 'Escribe una frase de contraseña.',
    passphraseTooLong: 'Esa frase de contraseña es más larga de lo que Harbor puede usar.',
    diskFull:
      'El disco de tu computadora está lleno, así que Harbor no pudo guardar. Todo lo que guardaste antes está a salvo. Libera espacio e inténtalo de nuevo.',
    notAllowed:
      'Harbor no tiene permiso para escribir en la carpeta de la bóveda. Todo lo que guardaste antes está a salvo.',
    io: 'Harbor no pudo leer ni escribir los archivos de la bóveda en este momento. Todo lo que guardaste antes está a salvo. Inténtalo de nuevo.',
    internal: 'Algo salió mal en Harbor. Todo lo que guardaste antes está a salvo. Inténtalo de nuevo.',
    sessionLocked: 'Harbor está bloqueado. Desbloquéalo con tu frase de contraseña para continuar.',
    alreadyOpen: 'Ya hay una bóveda abierta.',
    yoursAlreadyOpen: 'Tu bóveda ya está abierta.',
    erasedAfterWrongPassphrase:
      'Esa frase de contraseña no abre esta bóveda. Esta bóveda se ha borrado, porque estaba configurada para borrarse después de {{count}} intentos fallidos.',
    erasedAfterWrongSecret:
      'Eso no abrió esta bóveda. Esta bóveda se ha borrado, porque estaba configurada para borrarse después de {{count}} intentos fallidos.',
  },
});
