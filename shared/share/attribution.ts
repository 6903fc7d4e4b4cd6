import { ANONYMOUS_NAME, type DocumentLanguage } from '../consent/placeholders';
import type { ShareTerms } from './share-terms';

/**
 * How an excerpt is credited in a briefing: the name the writer's identity choice gave, or
 * "Anonymous" in the document's language. Never anything the package does not hold.
 */
export function attributionOf(terms: Pick<ShareTerms, 'identityMode' | 'attribution'>, lang: DocumentLanguage): string {
  if (terms.identityMode === 'anonymous' || terms.attribution.trim() === '') return ANONYMOUS_NAME[lang];
  return terms.attribution;
}
