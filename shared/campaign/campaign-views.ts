import type { Refusal } from '../consent/check-grant';
import type { ExportDocument } from '../export/export-document';

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
  /** Exactly what the file will hold (every line already through the release gate). */
  document: ExportDocument;
  /** A neutral file name, e.g. `campaign-report-2027-02-01.docx`. */
  suggestedFileName: string;
}
