import type { DocumentLanguage } from '../core/export-formats';
import type { TestimonyFile } from '../testimony/testimony-file';
import type { CampaignEdit } from './campaign-data';
import { signedInOrder } from './coalition';

export const SIGN_ON_TEMPLATE_ID = 'coalition-sign-on';

/**
 * The coalition sign-on letter's builder content from a campaign: the ask, each reason from the
 * message box, and the signed organizations one per line in the chosen order. Made into a
 * testimony document (template coalition-sign-on), it exports through the same consent and release
 * gate as every letter.
 */
export function signOnLetterFile(c: CampaignEdit, language: DocumentLanguage): TestimonyFile {
  const bill = c.bills[0];
  const reasons = c.asks.filter((a) => a.reason.trim()).map((a) => `- ${a.reason.trim()}`);
  const asks = c.asks.map((a) => a.text.trim()).filter((t) => t);
  return {
    title: c.title,
    language,
    metadata: { ...(bill ? { billNumber: bill.number, billTitle: bill.title } : {}) },
    sections: {
      ask: { text: [c.policyAsk.trim(), ...asks].filter((t) => t).join('\n\n'), excerpts: [] },
      why: { text: reasons.join('\n'), excerpts: [] },
      signatories: {
        text: signedInOrder(c.partners, language)
          .map((p) => `- ${p.name}`)
          .join('\n'),
        excerpts: [],
      },
    },
  };
}
