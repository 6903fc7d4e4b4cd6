import type { Refusal } from '../../shared/consent/check-grant';
import type { ConsentGrant } from '../../shared/consent/grant';
import { checkBriefingExcerpts, type BriefingExcerpt } from '../../shared/share/check-excerpts';
import type { ExportOptions } from './export-options';

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
  return checkBriefingExcerpts(excerpts, request).map((r) => ({
    code: 'excerpt-not-allowed',
    message: r.message,
    excerpt: {
      excerptId: r.excerptId,
      excerptNumber: r.excerptNumber,
      sharedStoryId: r.sharedStoryId,
      reason: r.code,
    },
  }));
}
