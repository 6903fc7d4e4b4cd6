import type { Refusal } from '../../shared/consent/check-grant';
import type { ConsentGrant } from '../../shared/consent/grant';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import { checkBriefingExcerpts, type BriefingExcerpt } from '../../shared/share/check-excerpts';
import { UNTITLED_SHARED } from '../../shared/testimony/shared-quotes';
import type { ExportOptions } from './export-options';

const untitled = new Set(Object.values(UNTITLED_SHARED));
const inLanguage = (excerpts: readonly BriefingExcerpt[], lang: DocumentLanguage) =>
  excerpts.map((e) => (untitled.has(e.sourceLabel) ? { ...e, sourceLabel: UNTITLED_SHARED[lang] } : e));

/**
 * Every shared excerpt checked against the terms its writer set, for the export the advocate's own
 * consent describes (its audience kind and purpose, the file type asked for, today). One refusal per
 * reason per excerpt, each naming the excerpt, so all of them can be fixed at once.
 */
export function excerptRefusals(
  excerpts: readonly BriefingExcerpt[],
  grant: ConsentGrant | null,
  options: Pick<ExportOptions, 'format' | 'purposeConfirmedFor'>,
  today: string,
): Refusal[] {
  // Without a consent of its own the export is refused already; its audience and purpose are unknown.
  if (!grant || excerpts.length === 0) return [];
  const request = {
    audienceKind: grant.audience.kind,
    purpose: grant.purpose,
    format: options.format,
    today,
    purposeConfirmedFor: options.purposeConfirmedFor ?? [],
  };
  const en = checkBriefingExcerpts(inLanguage(excerpts, 'en'), request, 'en');
  const es = checkBriefingExcerpts(inLanguage(excerpts, 'es'), request, 'es');
  return en.map((r, i) => ({
    code: 'excerpt-not-allowed',
    message: r.message,
    excerpt: {
      excerptId: r.excerptId,
      excerptNumber: r.excerptNumber,
      sharedStoryId: r.sharedStoryId,
      reason: r.code,
      messages: { en: r.message, es: es[i]!.message },
    },
  }));
}
