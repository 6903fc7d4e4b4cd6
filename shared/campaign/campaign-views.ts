import type { Refusal } from '../consent/check-grant';
import type { Block, ExportDocument } from '../export/export-document';

/*
 * What the main process answers about campaigns beyond the campaign itself: the "This week" list,
 * and the report's preview. Pure types, shared by both sides of the bridge and the command line.
 */

/** Overdue: due before today. This week: due today or later, up to the end of the person's week. */
export type DueState = 'overdue' | 'this-week';

/** What can fall due: a follow-up, or a hearing's deadline. */
export type DueKind = 'follow-up' | 'written-testimony' | 'sign-up-to-speak';

export interface DueItem {
  campaignId: string;
  campaignTitle: string;
  engagementId: string;
  /** The follow-up's id; null for a hearing deadline. */
  followUpId: string | null;
  kind: DueKind;
  /** The follow-up's text, or the hearing's office/committee for a deadline. */
  text: string;
  due: string;
  state: DueState;
  /** Whole days from today: negative when overdue, 0 when due today. */
  days: number;
}

/** One quoted excerpt the report would refuse, named by its place in the report (1-based) and id. */
export interface CampaignExcerptRefusal {
  number: number;
  excerptId: string;
  refusal: Refusal;
}

export interface CampaignReportPreview {
  /** Empty when the report may be made; otherwise every excerpt that stops it. */
  refusals: CampaignExcerptRefusal[];
  /** Each excerpt the consent allows, as it will be printed (released), by its place in the report. */
  quotes: { number: number; excerptId: string; blocks: Block[]; credit: string }[];
  /** Exactly what the file will hold (every line already through the release gate). */
  document: ExportDocument;
  /** A neutral file name in the report's language, e.g. `campaign-report-2027-02-01.docx` (`informe-campaña-…` in Spanish). */
  suggestedFileName: string;
}

/**
 * A story offered as a report excerpt under one consent: each top-level paragraph as the release
 * gate prints it, by its index in the story, and the credit line; or the consent's refusal, and
 * then no words at all.
 */
export interface ExcerptCandidate {
  refusal: Refusal | null;
  paragraphs: { index: number; blocks: Block[] }[];
  credit: string | null;
}
