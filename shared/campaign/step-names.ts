import type { Lang } from '../core/lang-codes';
import type { PerLanguage } from '../error-text/define-error-text';
import type { BillStepKind } from './campaign-data';

/**
 * Each bill step's name as the app shows it, so a refusal names a step the same way on screen, in
 * a main-process error and on the command line. The app's own labels (campaigns.step.* in the
 * locale files) are held to these by test/unit/campaign/step-names.test.ts.
 */
export const STEP_NAMES: Readonly<Record<Lang, Readonly<Record<BillStepKind, string>>>> = {
  en: {
    introduced: 'Introduced',
    referred: 'Referred to committee',
    hearing: 'Hearing',
    'committee-vote': 'Committee vote',
    'floor-vote': 'Floor vote',
    'other-chamber': 'In the other chamber',
    signed: 'Signed into law',
    vetoed: 'Vetoed',
    'veto-override': 'Veto overridden',
    died: 'Died',
    other: 'Other step',
  },
  es: {
    introduced: 'Presentado',
    referred: 'Enviado a comisión',
    hearing: 'Audiencia',
    'committee-vote': 'Votación en comisión',
    'floor-vote': 'Votación en el pleno',
    'other-chamber': 'En la otra cámara',
    signed: 'Firmado como ley',
    vetoed: 'Vetado',
    'veto-override': 'Veto anulado',
    died: 'Archivado',
    other: 'Otro paso',
  },
};

/** A step's name in each language, for a message's placeholder. */
export function stepName(kind: BillStepKind): PerLanguage {
  return { en: STEP_NAMES.en[kind], es: STEP_NAMES.es[kind] };
}

/** A calendar day (yyyy-mm-dd) as the campaign screens write it ("Feb 3, 2026", "3 feb 2026"), in each language. */
export function stepDay(day: string): PerLanguage {
  const at = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  // A day the schema has not checked yet is shown as typed rather than refused a second time.
  if (Number.isNaN(at.getTime())) return { en: day, es: day };
  const words = (lang: Lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
  return { en: words('en'), es: words('es') };
}
