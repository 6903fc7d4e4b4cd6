import type { ReactNode } from 'react';
import type { ConsentGrant, ExportFormat } from '../../../../shared/consent/grant';
import type { GrantDraft } from '../../../../shared/consent/grant-draft';
import type { ExportSource } from '../../../../shared/ipc/contract-consent';
import type { LooseNode } from '../../../../shared/story/doc-types';
import type { SensitiveDetail } from '../../../../shared/story/sensitive-details';
import type { FileOptions } from './ExportOptions';

/**
 * What the export flow exports, as each kind of document describes itself: a story from its
 * editor, a testimony from its builder. The steps, checks and files are the same for all.
 */
export interface ExportSubject {
  source: ExportSource;
  /** What a consent made here covers: the document and everything it quotes. */
  coverIds: readonly string[];
  /** Saves pending text first: the preview and the file are made from what is stored. */
  flush: () => Promise<void>;
  /** The words as written, beside what leaves Harbor (read after flush). */
  readOriginal: () => LooseNode;
  /** What that column is called (default: your story). */
  originalLabel?: string;
  /** Marked details in what it covers, for per-detail exceptions in a new consent. */
  details: SensitiveDetail[];
  /** The identifying-detail check (with its introduction), and how many of its findings are still open. */
  renderCheck: () => ReactNode;
  remaining: number;
  /** Said above the consents to choose from: what a consent for this document must cover. */
  grantIntro?: ReactNode;
  /** Said when there is no consent for it yet (default: for this story). */
  noGrantText?: string;
  /** Why a listed consent cannot be used for this document (it misses a story quoted later), or null. */
  grantProblem?: (grant: ConsentGrant) => string | null;
  /** The file types the document can be; the consent narrows them further. */
  formats?: readonly ExportFormat[];
  /** The document usually becomes public record whoever receives it (every legislative template). */
  publicRecord?: boolean;
  /** Starting terms for a new consent. */
  draft?: Partial<GrantDraft>;
  /** Back to the document to change what it quotes (shown when an excerpt blocks the export). */
  onEditContent?: () => void;
  /** The person chose "Export anyway" for a document over its budget (main refuses one without it). */
  overBudget?: true;
  /** A spoken script exported cut to its minutes (the preview shows the same cut). */
  fit?: true;
  /** File options to start with. */
  initialOptions?: Partial<Pick<FileOptions, 'paper' | 'language' | 'title'>>;
}
