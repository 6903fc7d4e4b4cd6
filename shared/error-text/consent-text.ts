import { defineErrorText } from './define-error-text';

/** Consent grants (creating, changing, withdrawing) and refusals of what a consent does not allow. */
export const consentText = defineErrorText({
  en: {
    // `reasons` is the refusals' own English sentences, one a line, for the command line; the app
    // words each refusal by its code from `details.refusals`.
    refused: '{{reasons}}',
    noConsentForExport: 'There is no consent for this export.',
    termsInvalid: 'Some of the consent details are missing or not valid.',
    endDateInPast: 'The end date is in the past. Choose a date from today on.',
    tooLong: 'A consent can last at most three years.',
    publicRecordUnconfirmed:
      'Testimony to lawmakers usually becomes public record and is often searchable online. Please confirm you understand this.',
    notFound: 'That consent is not in this vault.',
    withdrawnUnchangeable: 'A withdrawn consent cannot be changed. Create a new one instead.',
    // The command line lists the details themselves, one a line, just before this.
    unmarkedRefused:
      'Nothing was exported: the details listed above might identify someone and are neither marked nor cleared ({{count}} in all). Mark them in Harbor, or say there that they are fine to share, or add --accept-unmarked to export them as written.',
    undecidedDetails:
      'Nothing was exported: some words in it might identify someone and are neither marked nor said to be fine to share ({{count}} in all). Decide about each in the check, then export again.',
  },
  es: {
    refused: 'El consentimiento no lo permite:\n{{reasons}}',
    noConsentForExport: 'No hay un consentimiento para esta exportación.',
    termsInvalid: 'Faltan algunos datos del consentimiento o no son válidos.',
    endDateInPast: 'La fecha de fin ya pasó. Elige una fecha de hoy en adelante.',
    tooLong: 'Un consentimiento puede durar como máximo tres años.',
    publicRecordUnconfirmed:
      'El testimonio ante legisladores suele volverse registro público y a menudo se puede encontrar en internet. Por favor, confirma que lo entiendes.',
    notFound: 'Ese consentimiento no está en esta bóveda.',
    withdrawnUnchangeable: 'Un consentimiento retirado no se puede cambiar. Crea uno nuevo en su lugar.',
    unmarkedRefused:
      'No se exportó nada: los datos de la lista de arriba podrían identificar a alguien y no están marcados ni aprobados ({{count}} en total). Márcalos en Harbor, o di allí que se pueden compartir, o añade --accept-unmarked para exportarlos tal como están escritos.',
    undecidedDetails:
      'No se exportó nada: algunas palabras podrían identificar a alguien y no están marcadas ni aprobadas para compartir ({{count}} en total). Decide sobre cada una en la revisión y vuelve a exportar.',
  },
});
