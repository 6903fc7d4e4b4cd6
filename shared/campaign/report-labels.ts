import type { DocumentLanguage } from '../core/export-formats';
import type { BillStepKind, EngagementKind, Jurisdiction, OutcomeResult, Sector } from './campaign-data';
import type { AskStanding } from './dashboard';
import { STEP_NAMES } from './step-names';

/** The campaign report's own words, in every language a document can be written in. */
export interface ReportLabels {
  report: string;
  theAsk: string;
  messageBox: string;
  bills: string;
  sponsor: string;
  amendments: string;
  noSteps: string;
  coalition: string;
  noSignatures: string;
  counts: string;
  engagementsByYear: string;
  followUps: string;
  onTime: string;
  late: string;
  open: string;
  overdue: string;
  asks: string;
  testimoniesPerHearing: string;
  outcomes: string;
  votes: (yes: number, no: number, abstain: number) => string;
  adopted: string;
  inTheirWords: string;
  total: string;
  jurisdictions: Record<Jurisdiction, string>;
  /** The app's own step names (STEP_NAMES), so a partner reads the history as the advocate saw it. */
  steps: Readonly<Record<BillStepKind, string>>;
  kinds: Record<EngagementKind, string>;
  sectors: Record<Sector, string>;
  standing: Record<AskStanding, string>;
  results: Record<OutcomeResult, string>;
}

const en: ReportLabels = {
  report: 'Campaign report',
  theAsk: 'The ask',
  messageBox: 'What we ask, and why',
  bills: 'Bills',
  sponsor: 'Sponsor',
  amendments: 'Amendments',
  noSteps: 'No steps recorded yet.',
  coalition: 'Coalition',
  noSignatures: 'No organization has signed yet.',
  counts: 'In numbers',
  engagementsByYear: 'Engagements with lawmakers, by year',
  followUps: 'Follow-ups',
  onTime: 'done on time',
  late: 'done late',
  open: 'open',
  overdue: 'overdue',
  asks: 'Asks',
  testimoniesPerHearing: 'Testimonies submitted per hearing',
  outcomes: 'What changed',
  votes: (yes, no, abstain) => `${yes} yes, ${no} no${abstain ? `, ${abstain} abstaining` : ''}`,
  adopted: 'adopted',
  inTheirWords: 'In their words',
  total: 'Total',
  jurisdictions: { 'us-state': 'US state', 'us-federal': 'US federal', uk: 'United Kingdom', other: 'Other' },
  steps: STEP_NAMES.en,
  kinds: { meeting: 'Meetings', call: 'Calls', email: 'Emails', hearing: 'Hearings', 'site-visit': 'Site visits' },
  sectors: {
    'service-provider': 'service provider',
    'law-enforcement': 'law enforcement',
    business: 'business',
    faith: 'faith',
    'survivor-led': 'survivor-led',
    legal: 'legal',
    health: 'health',
    education: 'education',
    government: 'government',
    other: 'other',
  },
  standing: { won: 'won', partly: 'partly won', lost: 'lost', open: 'open' },
  results: { won: 'Won', partly: 'Partly won', lost: 'Lost' },
};

const es: ReportLabels = {
  report: 'Informe de la campaña',
  theAsk: 'Lo que pedimos',
  messageBox: 'Qué pedimos y por qué',
  bills: 'Proyectos de ley',
  sponsor: 'Patrocinio',
  amendments: 'Enmiendas',
  noSteps: 'Todavía no hay pasos registrados.',
  coalition: 'Coalición',
  noSignatures: 'Todavía no ha firmado ninguna organización.',
  counts: 'En cifras',
  engagementsByYear: 'Contactos con legisladores, por año',
  followUps: 'Seguimientos',
  onTime: 'hechos a tiempo',
  late: 'hechos con retraso',
  open: 'pendientes',
  overdue: 'vencidos',
  asks: 'Peticiones',
  testimoniesPerHearing: 'Testimonios presentados por audiencia',
  outcomes: 'Qué cambió',
  votes: (yes, no, abstain) => `${yes} a favor, ${no} en contra${abstain ? `, ${abstain} abstenciones` : ''}`,
  adopted: 'aprobada',
  inTheirWords: 'En sus palabras',
  total: 'Total',
  jurisdictions: {
    'us-state': 'Estado de EE. UU.',
    'us-federal': 'Federal de EE. UU.',
    uk: 'Reino Unido',
    other: 'Otra',
  },
  steps: STEP_NAMES.es,
  kinds: { meeting: 'Reuniones', call: 'Llamadas', email: 'Correos', hearing: 'Audiencias', 'site-visit': 'Visitas' },
  sectors: {
    'service-provider': 'servicios a víctimas',
    'law-enforcement': 'fuerzas del orden',
    business: 'empresa',
    faith: 'comunidad de fe',
    'survivor-led': 'dirigida por sobrevivientes',
    legal: 'jurídico',
    health: 'salud',
    education: 'educación',
    government: 'gobierno',
    other: 'otro',
  },
  standing: { won: 'lograda', partly: 'lograda en parte', lost: 'no lograda', open: 'abierta' },
  results: { won: 'Logrado', partly: 'Logrado en parte', lost: 'No logrado' },
};

export const REPORT_LABELS: Readonly<Record<DocumentLanguage, ReportLabels>> = { en, es };
