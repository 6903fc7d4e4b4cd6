import type { ExcerptRefusalCode } from '../consent/check-grant';
import type { AudienceKind, ExportFormat } from '../consent/grant';
import { foldName } from '../consent/identity';
import type { DocumentLanguage } from '../consent/placeholders';
import { attributionOf } from './attribution';
import { audienceKindWords, formatIsoDate } from './describe-terms';
import { anyOf, perLanguage, type ErrorMessageKey, type Message } from '../error-text/error-catalog';
import { shareStatus } from './share-status';
import type { ShareTerms } from './share-terms';

/** One quoted passage of a briefing, tied to the shared story it comes from. */
export interface BriefingExcerpt {
  /** The builder's id for the excerpt (stable across edits). */
  id: string;
  sharedStoryId: string;
  /** How the advocate sees the source in the builder: its title, or "Shared story 2". */
  sourceLabel: string;
  /** The shared story has no title: refusals name it "Shared story" in each language. */
  untitled?: boolean;
  /** Null when the shared story is no longer in this vault. */
  terms: ShareTerms | null;
  revokedAt: string | null;
}

export interface BriefingExportRequest {
  audienceKind: AudienceKind;
  /** What the briefing is for, in the advocate's words. */
  purpose: string;
  format: ExportFormat;
  /** yyyy-mm-dd */
  today: string;
  /**
   * Shared stories whose stated purpose the advocate confirmed this briefing serves, when the
   * wording differs (purposes are free text, so equal wording is the only automatic match).
   */
  purposeConfirmedFor?: readonly string[];
}

export type { ExcerptRefusalCode };

export interface ExcerptRefusal {
  excerptId: string;
  /** 1-based position in the briefing, as the advocate counts excerpts. */
  excerptNumber: number;
  sharedStoryId: string;
  code: ExcerptRefusalCode;
  /** One sentence naming the excerpt and what to do, as a key and values (the refusal catalog). */
  message: Message;
}

/** How an untitled shared story is named in the builder and in refusals. */
export const UNTITLED_SHARED: Record<DocumentLanguage, string> = { en: 'Shared story', es: 'Historia compartida' };

const samePurpose = (a: string, b: string) => {
  const norm = (s: string) =>
    foldName(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
};

const EXCERPT_KEYS = {
  missing: 'refusal.excerptMissing',
  revoked: 'refusal.excerptRevoked',
  expired: 'refusal.excerptExpired',
  audience: 'refusal.excerptAudience',
  purpose: 'refusal.excerptPurpose',
  format: 'refusal.excerptFormat',
} as const satisfies Record<ExcerptRefusalCode, ErrorMessageKey>;

function messageFor(code: ExcerptRefusalCode, n: number, ex: BriefingExcerpt, req: BriefingExportRequest): Message {
  const t = ex.terms;
  const day = (iso: string) => perLanguage((lang) => formatIsoDate(iso, lang));
  const audience = (kind: AudienceKind) => perLanguage((lang) => audienceKindWords(kind, lang));
  const label = ex.untitled ? perLanguage((lang) => UNTITLED_SHARED[lang]) : ex.sourceLabel;
  const which = { n, label };
  switch (code) {
    case 'missing':
      return { key: EXCERPT_KEYS.missing, params: which };
    case 'revoked':
      return { key: EXCERPT_KEYS.revoked, params: { ...which, date: day(ex.revokedAt ?? req.today) } };
    case 'expired':
      return { key: EXCERPT_KEYS.expired, params: { ...which, date: day(t!.expiresOn) } };
    case 'audience':
      return {
        key: EXCERPT_KEYS.audience,
        params: { ...which, audience: audience(t!.audience.kind), wanted: audience(req.audienceKind) },
      };
    case 'purpose':
      return { key: EXCERPT_KEYS.purpose, params: { ...which, purpose: t!.purpose } };
    case 'format':
      return {
        key: EXCERPT_KEYS.format,
        params: {
          ...which,
          format: req.format.toUpperCase(),
          formats: anyOf(t!.formats.map((f) => f.toUpperCase())),
        },
      };
  }
}

/**
 * Checks every excerpt of a briefing against the terms its writer set. Returns every reason the
 * export must not happen (empty = allowed), each naming the excerpt that blocks it, so the advocate
 * can fix them all at once rather than one refusal at a time.
 */
export function checkBriefingExcerpts(
  excerpts: readonly BriefingExcerpt[],
  req: BriefingExportRequest,
): ExcerptRefusal[] {
  const refusals: ExcerptRefusal[] = [];
  excerpts.forEach((ex, i) => {
    const refuse = (code: ExcerptRefusalCode) =>
      refusals.push({
        excerptId: ex.id,
        excerptNumber: i + 1,
        sharedStoryId: ex.sharedStoryId,
        code,
        message: messageFor(code, i + 1, ex, req),
      });
    const t = ex.terms;
    if (!t) return refuse('missing');
    const status = shareStatus({ expiresOn: t.expiresOn, revokedAt: ex.revokedAt }, req.today);
    if (status === 'revoked') return refuse('revoked');
    if (status === 'expired') refuse('expired');
    if (t.audience.kind !== req.audienceKind) refuse('audience');
    if (!samePurpose(t.purpose, req.purpose) && !(req.purposeConfirmedFor ?? []).includes(ex.sharedStoryId)) {
      refuse('purpose');
    }
    if (!t.formats.includes(req.format)) refuse('format');
  });
  return refusals;
}

export interface ExcerptAttribution {
  excerptId: string;
  /** The credit line's name: the identity's display name or "Anonymous". */
  name: string;
}

/** How each excerpt must be credited, as its writer's identity choice says. */
export function attributeExcerpts(excerpts: readonly BriefingExcerpt[], lang: DocumentLanguage): ExcerptAttribution[] {
  return excerpts.map((ex) => ({
    excerptId: ex.id,
    name: ex.terms
      ? attributionOf(ex.terms, lang)
      : attributionOf({ identityMode: 'anonymous', attribution: '' }, lang),
  }));
}
