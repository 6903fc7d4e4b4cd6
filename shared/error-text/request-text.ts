import { defineErrorText } from './define-error-text';

/** Requests the main process refuses before any feature sees them. */
export const requestText = defineErrorText({
  en: {
    unknown: 'Harbor received a request it does not know.',
    notUnderstood: 'Harbor received a request it could not understand.',
    // `where` is the field's path in the request (e.g. `terms.expiresOn`): the same in every language.
    notUnderstoodAt: 'Harbor received a request it could not understand (at {{where}}).',
    internal: 'Something went wrong inside Harbor. Nothing you wrote was lost. Please try again.',
    forbidden: 'This request did not come from Harbor and was refused.',
    notAnId: 'Harbor received a request that does not name anything in this vault.',
    notATemplateId: 'Harbor received a request that does not name a template.',
    notADate: 'Use a date like 2027-03-01.',
    enterPassphrase: 'Enter your passphrase.',
    passphraseTooShort: 'Use at least 10 characters.',
    enterShareCode: 'Enter the share code.',
  },
  es: {
    unknown: 'Harbor recibió una solicitud que no conoce.',
    notUnderstood: 'Harbor recibió una solicitud que no pudo entender.',
    notUnderstoodAt: 'Harbor recibió una solicitud que no pudo entender (en {{where}}).',
    internal: 'Algo salió mal en Harbor. No se perdió nada de lo que escribiste. Inténtalo de nuevo.',
    forbidden: 'Esta solicitud no vino de Harbor y fue rechazada.',
    notAnId: 'Harbor recibió una solicitud que no nombra nada de esta bóveda.',
    notATemplateId: 'Harbor recibió una solicitud que no nombra una plantilla.',
    notADate: 'Usa una fecha como 2027-03-01.',
    enterPassphrase: 'Escribe tu frase de contraseña.',
    passphraseTooShort: 'Usa al menos 10 caracteres.',
    enterShareCode: 'Escribe el código para compartir.',
  },
});
