import { defineErrorText } from './define-error-text';

/** Campaigns: the data's own rules (zod issues name these keys), storage, the report and the calendar file. */
export const campaignText = defineErrorText({
  en: {
    notFound: 'That campaign is not in Harbor any more.',
    unreadable: 'This campaign could not be read. Check your vault in Settings (integrity check).',
    notInTrash: 'Move the campaign to the trash before deleting it for good.',
    notADay: 'Enter a date as year-month-day, for example 2027-03-14.',
    notATime: 'Enter a time as hours and minutes, for example 09:30.',
    idTwice: 'Two entries in this campaign have the same id.',
    tooManyAsks: 'A message box holds at most three asks.',
    unknownAsk: 'This refers to an ask that is not in the message box.',
    unknownBill: 'This refers to a bill that is not in the campaign.',
    unknownAmendment: 'This refers to an amendment that is not noted on any step of a bill.',
    // The status history's rules (shared/campaign/step-refusal.ts): steps named as the app shows
    // them, days written out as the campaign screens write them.
    stepBeforePrevious:
      '{{date}} is before the step before it ({{other}}, {{otherDate}}). Steps stay in date order: change that step first, or pick a later date.',
    stepAfterNext:
      '{{date}} is after the step that follows it ({{other}}, {{otherDate}}). Steps stay in date order: change that step first, or pick an earlier date.',
    stepIntroducedFirst: '“{{introduced}}” can only be the first step of a bill.',
    stepOverrideAfterVeto: '“{{override}}” can only come right after “{{vetoed}}”.',
    stepAfterVeto: 'After “{{vetoed}}”, only “{{override}}” or “{{died}}” can follow.',
    stepAfterFinal: 'Nothing can follow “{{after}}”: the bill’s history ends there.',
    stepCannotBegin: 'A bill’s history cannot begin with “{{step}}”.',
    doneBeforeCreated: 'A follow-up cannot be done before the engagement it came from.',
    signOrderTwice: 'Two organizations have the same place in the sign-on order.',
    // `number` is the excerpt's place in the report (1, 2…); `reason` is the refusal, worded.
    excerptRefused: 'Excerpt {{number}} cannot be quoted: {{reason}}',
    excerptSourceMissing: 'Excerpt {{number}} quotes a story that is not in Harbor any more.',
    sharedExcerptNotInReports:
      'A story shared with you cannot be quoted in a campaign report: quote it in a briefing, under your own consent, instead.',
  },
  es: {
    notFound: 'Esa campaña ya no está en Harbor.',
    unreadable: 'No se pudo leer esta campaña. Revisa tu bóveda en Ajustes (revisión de la integridad).',
    notInTrash: 'Mueve la campaña a la Papelera antes de borrarla para siempre.',
    notADay: 'Escribe la fecha como año-mes-día, por ejemplo 2027-03-14.',
    notATime: 'Escribe la hora como horas y minutos, por ejemplo 09:30.',
    idTwice: 'Dos entradas de esta campaña tienen el mismo identificador.',
    tooManyAsks: 'El cuadro de mensajes admite como máximo tres peticiones.',
    unknownAsk: 'Esto se refiere a una petición que no está en el cuadro de mensajes.',
    unknownBill: 'Esto se refiere a un proyecto de ley que no está en la campaña.',
    unknownAmendment: 'Esto se refiere a una enmienda que no consta en ningún paso de un proyecto de ley.',
    stepBeforePrevious:
      'El {{date}} es anterior al paso de antes ({{other}}, {{otherDate}}). Los pasos van en orden de fecha: cambia primero ese paso o elige una fecha posterior.',
    stepAfterNext:
      'El {{date}} es posterior al paso que le sigue ({{other}}, {{otherDate}}). Los pasos van en orden de fecha: cambia primero ese paso o elige una fecha anterior.',
    stepIntroducedFirst: '«{{introduced}}» solo puede ser el primer paso de un proyecto de ley.',
    stepOverrideAfterVeto: '«{{override}}» solo puede ir justo después de «{{vetoed}}».',
    stepAfterVeto: 'Después de «{{vetoed}}» solo pueden seguir «{{override}}» o «{{died}}».',
    stepAfterFinal: 'Nada puede seguir a «{{after}}»: ahí termina la historia del proyecto de ley.',
    stepCannotBegin: 'La historia de un proyecto de ley no puede empezar con «{{step}}».',
    doneBeforeCreated: 'Un seguimiento no puede estar hecho antes del contacto del que salió.',
    signOrderTwice: 'Dos organizaciones tienen el mismo lugar en el orden de firmas.',
    excerptRefused: 'No se puede citar el extracto {{number}}: {{reason}}',
    excerptSourceMissing: 'El extracto {{number}} cita un relato que ya no está en Harbor.',
    sharedExcerptNotInReports:
      'Un relato que compartieron contigo no se puede citar en un informe de campaña: cítalo en un informe breve, con tu propio consentimiento.',
  },
});
