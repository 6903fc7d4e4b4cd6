import { defineErrorText } from './define-error-text';

/**
 * Why an export or a share is refused (checkGrant, the format a recipient accepts, a shared
 * excerpt's terms): one wording for the app and the command line. The English is what the command
 * line has always printed. `audience`, `wanted`, `formats` and `date` arrive
 * already in the message's language (per-language values).
 */
export const refusalText = defineErrorText({
  en: {
    noGrant: 'There is no consent for this export. Choose or create one first.',
    revoked: 'This consent was withdrawn on {{date}}, so nothing can be exported under it.',
    expired: 'This consent ended on {{date}}. Create a new one if you still want to share.',
    expiryTooFar: 'A consent can last at most three years.',
    formatNotAllowed: 'This consent does not allow {{format}} files.',
    publicRecordNotAcknowledged:
      'Testimony to lawmakers usually becomes public record and is often searchable online. Confirm you understand this before exporting.',
    sourceNotCoveredOne: 'This consent does not cover one of the stories this document quotes.',
    sourceNotCoveredMany: 'This consent does not cover {{count}} of the stories this document quotes.',
    formatNotAccepted: 'This document can be exported only as {{formats}}.',
    formatNotAcceptedBy:
      'This document can be exported only as {{formats}}. Those who receive “{{template}}” do not accept {{refused}} files.',
    excerptMissing: "Excerpt {{n}} (from '{{label}}') is no longer in Harbor. Take it out of the briefing.",
    excerptRevoked:
      "Excerpt {{n}} (from '{{label}}'): the writer withdrew their consent on {{date}}. Take it out of the briefing.",
    excerptExpired:
      "Excerpt {{n}} (from '{{label}}'): the consent ended on {{date}}. Take it out, or ask the writer whether they want to share it again.",
    excerptAudience:
      "Excerpt {{n}} (from '{{label}}') was shared only for {{audience}}, not for {{wanted}}. Take it out of this briefing.",
    excerptPurpose:
      "Excerpt {{n}} (from '{{label}}') was shared for '{{purpose}}'. Confirm this briefing is for that, or take it out.",
    excerptFormat: "Excerpt {{n}} (from '{{label}}') cannot go into a {{format}} file; the consent allows {{formats}}.",
  },
  es: {
    noGrant: 'No hay un consentimiento para esta exportación. Elige o crea uno primero.',
    revoked: 'Este consentimiento se retiró el {{date}}, así que no se puede exportar nada con él.',
    expired: 'Este consentimiento terminó el {{date}}. Crea uno nuevo si todavía quieres compartir.',
    expiryTooFar: 'Un consentimiento puede durar como máximo tres años.',
    formatNotAllowed: 'Este consentimiento no permite archivos {{format}}.',
    publicRecordNotAcknowledged:
      'El testimonio ante legisladores suele volverse registro público y a menudo se puede encontrar en internet. Confirma que lo entiendes antes de exportar.',
    sourceNotCoveredOne: 'Este consentimiento no cubre una de las historias que cita este documento.',
    sourceNotCoveredMany: 'Este consentimiento no cubre {{count}} de las historias que cita este documento.',
    formatNotAccepted: 'Este documento solo se puede exportar como {{formats}}.',
    formatNotAcceptedBy:
      'Este documento solo se puede exportar como {{formats}}. Quienes reciben «{{template}}» no aceptan archivos {{refused}}.',
    excerptMissing: 'El extracto {{n}} (de «{{label}}») ya no está en Harbor. Quítalo del documento.',
    excerptRevoked:
      'El extracto {{n}} (de «{{label}}»): quien lo escribió retiró su permiso el {{date}}. Quítalo del documento.',
    excerptExpired:
      'El extracto {{n}} (de «{{label}}»): el permiso terminó el {{date}}. Quítalo, o pide a quien lo escribió que lo comparta de nuevo.',
    excerptAudience:
      'El extracto {{n}} (de «{{label}}») se compartió solo para {{audience}}, no para {{wanted}}. Quítalo de este documento.',
    excerptPurpose:
      'El extracto {{n}} (de «{{label}}») se compartió para «{{purpose}}». Confirma que este documento es para eso, o quítalo.',
    excerptFormat:
      'El extracto {{n}} (de «{{label}}») no se puede incluir en un archivo {{format}}; el permiso admite {{formats}}.',
  },
});
