import type { DocumentLanguage } from '../core/export-formats';

/** The words of the report's count tables and the one-sentence summary under each chart. */
export interface CountTableLabels {
  year: string;
  number: string;
  hearing: string;
  testimonies: string;
  engagementsSummary: (total: number, busiestYear: string, busiest: number) => string;
  followUpsSummary: (onTime: number, total: number, overdue: number) => string;
  asksSummary: (won: number, partly: number, lost: number, total: number) => string;
  testimoniesSummary: (total: number, hearings: number) => string;
}

const en: CountTableLabels = {
  year: 'Year',
  number: 'Number',
  hearing: 'Hearing',
  testimonies: 'Testimonies',
  engagementsSummary: (total, year, n) =>
    `${total} ${total === 1 ? 'engagement' : 'engagements'} in all; the most in ${year} (${n}).`,
  followUpsSummary: (onTime, total, overdue) => `${onTime} of ${total} follow-ups done on time; ${overdue} overdue.`,
  asksSummary: (won, partly, lost, total) =>
    `Of ${total} ${total === 1 ? 'ask' : 'asks'}: ${won} won, ${partly} partly won, ${lost} lost.`,
  testimoniesSummary: (total, hearings) =>
    `${total} ${total === 1 ? 'testimony' : 'testimonies'} submitted for ${hearings} ${hearings === 1 ? 'hearing' : 'hearings'}.`,
};

const es: CountTableLabels = {
  year: 'Año',
  number: 'Número',
  hearing: 'Audiencia',
  testimonies: 'Testimonios',
  engagementsSummary: (total, year, n) =>
    `${total} ${total === 1 ? 'contacto' : 'contactos'} en total; la mayoría en ${year} (${n}).`,
  followUpsSummary: (onTime, total, overdue) =>
    `${onTime} de ${total} seguimientos hechos a tiempo; ${overdue} vencidos.`,
  asksSummary: (won, partly, lost, total) =>
    `De ${total} ${total === 1 ? 'petición' : 'peticiones'}: ${won} logradas, ${partly} logradas en parte, ${lost} no logradas.`,
  testimoniesSummary: (total, hearings) =>
    `${total} ${total === 1 ? 'testimonio presentado' : 'testimonios presentados'} para ${hearings} ${hearings === 1 ? 'audiencia' : 'audiencias'}.`,
};

export const COUNT_TABLE_LABELS: Record<DocumentLanguage, CountTableLabels> = { en, es };
