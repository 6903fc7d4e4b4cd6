import type { AudienceKind, ExportFormat } from '../consent/grant';
import { foldName } from '../consent/identity';
import type { DocumentLanguage } from '../consent/placeholders';
import { attributionOf } from './attribution';
import { audienceKindWords, formatIsoDate } from './describe-terms';
import { shareStatus } from './share-status';
import type { ShareTerms } from './share-terms';

/** One quoted passage of a briefing, tied to the shared story it comes from. */
export interface BriefingExcerpt {
  /** The builder's id for the excerpt (stable across edits). */
  id: string;
  sharedStoryId: string;
  /** How the advocate sees the source in the builder: its title, or "Shared story 2". */
  sourceLabel: string;
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

export type ExcerptRefusalCode = 'missing' | 'revoked' | 'expired' | 'audience' | 'purpose' | 'format';

export interface ExcerptRefusal {
  excerptId: string;
  /** 1-based position in the briefing, as the advocate counts excerpts. */
  excerptNumber: number;
  sharedStoryId: string;
  code: ExcerptRefusalCode;
  /** One sentence naming the excerpt and what to do. */
  message: string;
}

const samePurpose = (a: string, b: string) => {
  const norm = (s: string) =>
    foldName(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
};

function messageFor(
  code: ExcerptRefusalCode,
  n: number,
  label: string,
  ex: BriefingExcerpt,
  req: BriefingExportRequest,
  lang: DocumentLanguage,
): string {
  const es = lang === 'es';
  const which = es ? `El extracto ${n} (de «${label}»)` : `Excerpt ${n} (from '${label}')`;
  const t = ex.terms;
  switch (code) {
    case 'missing':
      return es
        ? `${which} ya no está en Harbor. Quítalo del documento.`
        : `${which} is no longer in Harbor. Take it out of the briefing.`;
    case 'revoked':
      return es
        ? `${which}: quien lo escribió retiró su permiso el ${formatIsoDate(ex.revokedAt ?? req.today, lang)}. Quítalo del documento.`
        : `${which}: the writer withdrew their consent on ${formatIsoDate(ex.revokedAt ?? req.today, lang)}. Take it out of the briefing.`;
    case 'expired':
      return es
        ? `${which}: el permiso terminó el ${formatIsoDate(t!.expiresOn, lang)}. Quítalo, o pide a quien lo escribió que lo comparta de nuevo.`
        : `${which}: the consent ended on ${formatIsoDate(t!.expiresOn, lang)}. Take it out, or ask the writer whether they want to share it again.`;
    case 'audience':
      return es
        ? `${which} se compartió solo para ${audienceKindWords(t!.audience.kind, lang)}, no para ${audienceKindWords(req.audienceKind, lang)}. Quítalo de este documento.`
        : `${which} was shared only for ${audienceKindWords(t!.audience.kind, lang)}, not for ${audienceKindWords(req.audienceKind, lang)}. Take it out of this briefing.`;
    case 'purpose':
      return es
        ? `${which} se compartió para «${t!.purpose}». Confirma que este documento es para eso, o quítalo.`
        : `${which} was shared for '${t!.purpose}'. Confirm this briefing is for that, or take it out.`;
    case 'format':
      return es
        ? `${which} no se puede incluir en un archivo ${req.format.toUpperCase()}; el permiso admite ${t!.formats.map((f) => f.toUpperCase()).join(' o ')}.`
        : `${which} cannot go into a ${req.format.toUpperCase()} file; the consent allows ${t!.formats.map((f) => f.toUpperCase()).join(' or ')}.`;
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
  lang: DocumentLanguage = 'en',
): ExcerptRefusal[] {
  const refusals: ExcerptRefusal[] = [];
  excerpts.forEach((ex, i) => {
    const refuse = (code: ExcerptRefusalCode) =>
      refusals.push({
        excerptId: ex.id,
        excerptNumber: i + 1,
        sharedStoryId: ex.sharedStoryId,
        code,
        message: messageFor(code, i + 1, ex.sourceLabel, ex, req, lang),
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
