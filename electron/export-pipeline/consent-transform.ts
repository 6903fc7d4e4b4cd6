import type { ConsentGrant } from '../../shared/consent/grant';
import { displayName, mentionReplacement, splitAuthorMentions, type AuthorName } from '../../shared/consent/identity';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import { applyConsent, type TransformReport } from '../../shared/consent/transform';
import { fromDoc } from '../../shared/export/from-doc';
import type { ConsentTransform } from './source-resolver';
import { addReport } from './transform-report';

/**
 * The grant, bound to the author and language, as the one way text reaches an export document.
 * Changes are flagged (InlineRun.change) for the preview; renderers drop the flags.
 */
export function consentTransform(
  grant: ConsentGrant,
  author: AuthorName,
  lang: DocumentLanguage,
  report: TransformReport,
): ConsentTransform {
  const replacement = mentionReplacement(author, grant.identity, lang);
  return {
    authorName: displayName(author, grant.identity, lang),
    blocks(doc) {
      const result = applyConsent(doc, grant, author, lang, { flagChanges: true });
      addReport(report, result.report);
      return fromDoc(result.doc);
    },
    line(text) {
      const segments = splitAuthorMentions(text, author, replacement);
      if (segments.some((s) => s.identity)) report.identityReplacements += 1;
      return segments.map((s) => s.text).join('');
    },
  };
}
