import type { DocumentLanguage } from '../core/export-formats';
import type { Grain } from './period-grouping';

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
  /** The per-period chart's caption; past forty months it also says how the months were grouped. */
  perPeriod: (grain: Grain, months: number) => string;
  /** The period column's header: Month, Quarter or Year. */
  period: Record<Grain, string>;
  /** A period's key (yyyy-mm, yyyy-Qn, yyyy) as the reader reads it. */
  periodLabel: (key: string) => string;
  perPeriodSummary: (grain: Grain, total: number, periods: number, busiest: string, most: number) => string;
  /** Testimonies summed per period, when there are too many hearings for a bar each. */
  testimoniesPerPeriod: (grain: Grain, hearings: number) => string;
  testimoniesPerPeriodSummary: (grain: Grain, total: number, hearings: number, periods: number) => string;
  /** The per-hearing table kept under the grouped chart, without a picture of its own. */
  testimoniesEachHearing: string;
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
  perPeriod: (grain, months) =>
    grain === 'month'
      ? 'Engagements per month, by kind'
      : `Engagements per ${grain}, by kind (${months} months grouped into ${grain}s)`,
  period: { month: 'Month', quarter: 'Quarter', year: 'Year' },
  periodLabel: (key) => key.replace(/^(\d{4})-Q(\d)$/, '$1 Q$2'),
  perPeriodSummary: (grain, total, periods, busiest, most) =>
    `${plural(total, 'engagement', 'engagements')} over ${plural(periods, grain, `${grain}s`)}; the busiest was ${busiest} (${most}).`,
  testimoniesPerPeriod: (grain, hearings) =>
    `Testimonies per ${grain} (${hearings} hearings, too many for a bar each, grouped by the ${grain} they were held in)`,
  testimoniesPerPeriodSummary: (grain, total, hearings, periods) =>
    `${plural(total, 'testimony', 'testimonies')} submitted for ${plural(hearings, 'hearing', 'hearings')}, shown per ${grain} over ${plural(periods, grain, `${grain}s`)}.`,
  testimoniesEachHearing: 'Testimonies submitted at each hearing',
};

const ES_GRAIN: Record<Grain, { one: string; many: string }> = {
  month: { one: 'mes', many: 'meses' },
  quarter: { one: 'trimestre', many: 'trimestres' },
  year: { one: 'año', many: 'años' },
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
  perPeriod: (grain, months) =>
    grain === 'month'
      ? 'Contactos por mes, por tipo'
      : `Contactos por ${ES_GRAIN[grain].one}, por tipo (${months} meses agrupados en ${ES_GRAIN[grain].many})`,
  period: { month: 'Mes', quarter: 'Trimestre', year: 'Año' },
  periodLabel: (key) => key.replace(/^(\d{4})-Q(\d)$/, '$1 T$2'),
  perPeriodSummary: (grain, total, periods, busiest, most) =>
    `${plural(total, 'contacto', 'contactos')} en ${plural(periods, ES_GRAIN[grain].one, ES_GRAIN[grain].many)}; el ${ES_GRAIN[grain].one} con más fue ${busiest} (${most}).`,
  testimoniesPerPeriod: (grain, hearings) =>
    `Testimonios por ${ES_GRAIN[grain].one} (${hearings} audiencias, demasiadas para una barra cada una, agrupadas por el ${ES_GRAIN[grain].one} en que se celebraron)`,
  testimoniesPerPeriodSummary: (grain, total, hearings, periods) =>
    `${plural(total, 'testimonio presentado', 'testimonios presentados')} para ${plural(hearings, 'audiencia', 'audiencias')}, por ${ES_GRAIN[grain].one} en ${plural(periods, ES_GRAIN[grain].one, ES_GRAIN[grain].many)}.`,
  testimoniesEachHearing: 'Testimonios presentados en cada audiencia',
};

export const REPORT_CHART_LABELS: Readonly<Record<DocumentLanguage, ReportChartLabels>> = { en, es };
