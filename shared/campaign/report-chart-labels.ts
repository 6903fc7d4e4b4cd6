import type { DocumentLanguage } from '../core/export-formats';

/** The words of the report's two dated charts: the bills' timeline and engagements per month. */
export interface ReportChartLabels {
  timeline: string;
  /** The timeline table's columns: the line a row sits on, its date, what happened. */
  line: string;
  date: string;
  what: string;
  engagementsLine: string;
  hearingsLine: string;
  engagementsInMonth: (n: number) => string;
  hearingsInMonth: (n: number) => string;
  timelineSummary: (bills: number, from: string, to: string, engagements: number, hearings: number) => string;
  perMonth: string;
  month: string;
  perMonthSummary: (total: number, months: number, busiest: string, most: number) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: ReportChartLabels = {
  timeline: 'The bills’ timeline, with the engagements and hearings on them',
  line: 'Bill or line',
  date: 'Date',
  what: 'What happened',
  engagementsLine: 'Engagements',
  hearingsLine: 'Hearings',
  engagementsInMonth: (n) => plural(n, 'engagement', 'engagements'),
  hearingsInMonth: (n) => plural(n, 'hearing', 'hearings'),
  timelineSummary: (bills, from, to, engagements, hearings) =>
    `${plural(bills, 'bill', 'bills')} from ${from} to ${to}, with ${plural(engagements, 'engagement', 'engagements')} and ${plural(hearings, 'hearing', 'hearings')} on them.`,
  perMonth: 'Engagements per month, by kind',
  month: 'Month',
  perMonthSummary: (total, months, busiest, most) =>
    `${plural(total, 'engagement', 'engagements')} over ${plural(months, 'month', 'months')}; the busiest was ${busiest} (${most}).`,
};

const es: ReportChartLabels = {
  timeline: 'Cronología de los proyectos de ley, con los contactos y audiencias sobre ellos',
  line: 'Proyecto o línea',
  date: 'Fecha',
  what: 'Qué pasó',
  engagementsLine: 'Contactos',
  hearingsLine: 'Audiencias',
  engagementsInMonth: (n) => plural(n, 'contacto', 'contactos'),
  hearingsInMonth: (n) => plural(n, 'audiencia', 'audiencias'),
  timelineSummary: (bills, from, to, engagements, hearings) =>
    `${plural(bills, 'proyecto de ley', 'proyectos de ley')} del ${from} al ${to}, con ${plural(engagements, 'contacto', 'contactos')} y ${plural(hearings, 'audiencia', 'audiencias')} sobre ellos.`,
  perMonth: 'Contactos por mes, por tipo',
  month: 'Mes',
  perMonthSummary: (total, months, busiest, most) =>
    `${plural(total, 'contacto', 'contactos')} en ${plural(months, 'mes', 'meses')}; el mes con más fue ${busiest} (${most}).`,
};

export const REPORT_CHART_LABELS: Readonly<Record<DocumentLanguage, ReportChartLabels>> = { en, es };
