import type { StoryDoc } from '../story/doc-types';
import type { ShareStatus } from './share-status';
import type { ShareTerms } from './share-terms';
import type { UseRecord } from './use-record';
import type { Lang } from '../core/languages';

/** On the writer's side: one package they made, and what came back about it. */
export interface SentPackageView {
  packageId: string;
  storyId: string;
  grantId: string;
  /** The title the writer approved for the package, or null when it carries none. */
  title: string | null;
  /** The file's name only, never its folder. */
  fileName: string;
  createdAt: string;
  expiresOn: string;
  terms: ShareTerms;
  revokedAt: string | null;
  status: ShareStatus;
  /** Every use the advocate's receipts reported, newest first. */
  uses: UseRecord[];
  lastReceiptAt: string | null;
}

/** On the advocate's side: a story someone shared, read-only. */
export interface SharedStorySummary {
  /** The vault item's id. */
  id: string;
  packageId: string;
  title: string | null;
  importedAt: string;
  createdAt: string;
  expiresOn: string;
  terms: ShareTerms;
  revokedAt: string | null;
  status: ShareStatus;
  useCount: number;
}

export interface SharedStoryView extends SharedStorySummary {
  /** Null once the writer withdrew consent: the text is removed from this vault then. */
  doc: StoryDoc | null;
  language: Lang;
  uses: UseRecord[];
}
