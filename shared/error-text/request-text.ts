import { defineErrorText } from './define-error-text';

/** Requests the main process refuses before any feature sees them. */
export const requestText = defineErrorText({
  en: {
    unknown: 'Harbor received a request it does not know.',
    notUnderstood: 'Harbor received a request it could not understand.',
    // `detail` is the schema's own (English) words: for a bug report, not for the person.
    notUnderstoodAt: 'Harbor received a request it could not understand (at {{where}}): {{detail}}.',
    notUnderstoodBecause: 'Harbor received a request it could not understand: {{detail}}.',
    internal: 'Something went wrong inside Harbor. Nothing you wrote was lost. Please try again.',
    forbidden: 'This request did not come from Harbor and was refused.',
    notAnId: 'Harbor received a request that does not name anything in this vault.',
  },
  es: {
    unknown: 'Harbor recibió una solicitud que no conoce.',
    notUnderstood: 'Harbor recibió una solicitud que no pudo entender.',
    notUnderstoodAt: 'Harbor recibió una solicitud que no pudo entender (en {{where}}): {{detail}}.',
    notUnderstoodBecause: 'Harbor recibió una solicitud que no pudo entender: {{detail}}.',
    internal: 'Algo salió mal dentro de Harbor. No se perdió nada de lo que escribiste. Inténtalo de nuevo.',
    forbidden: 'Esta solicitud no vino de Harbor y fue rechazada.',
    notAnId: 'Harbor recibió una solicitud que no nombra nada de esta bóveda.',
  },
});
