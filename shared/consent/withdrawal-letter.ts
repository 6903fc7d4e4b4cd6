import type { ExportDocument } from '../export/export-document';
import { isLegislative, type ConsentGrant } from './grant';
import type { DocumentLanguage } from './placeholders';
import { formatConsentDate, listWords } from './summary';

export interface WithdrawalLetterInput {
  grant: ConsentGrant;
  /** The author as the recipient knows them: the grant's identity ("M.", a pseudonym…). */
  signedAs: string;
  /** yyyy-mm-dd. */
  today: string;
  /** Days documents were sent under this grant (from the sharing history), oldest first. */
  sentOn: string[];
}

/**
 * A letter to the grant's recipient withdrawing consent. It is honest about what withdrawal cannot
 * do: a document submitted as public record, or already published, cannot be recalled.
 */
export function withdrawalLetter(input: WithdrawalLetterInput, lang: DocumentLanguage): ExportDocument {
  const { grant } = input;
  const date = (iso: string) => formatConsentDate(iso.slice(0, 10), lang);
  const purpose = grant.purpose.replace(/[.]+$/, '');
  const days = [...new Set(input.sentOn.map((d) => date(d)))];
  const mayBePublic =
    isLegislative(grant.audience.kind) ||
    grant.publicRecordAcknowledged ||
    grant.audience.kind === 'media' ||
    grant.audience.kind === 'public';
  const p = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });
  const t =
    lang === 'es'
      ? {
          title: 'Retiro del consentimiento',
          salutation: `A ${grant.audience.name}:`,
          gave: `El ${date(grant.createdAt)} di mi consentimiento para que usaran mi relato para ${purpose}. Retiro ese consentimiento a partir del ${date(input.today)}.`,
          sent: days.length ? `Esto incluye los documentos que les envié el ${listWords(days, lang)}.` : '',
          stop: 'Les pido que dejen de usarlo, que no lo compartan más y que borren las copias que tengan, en la medida de lo posible.',
          record:
            'Sé que un documento ya presentado como registro público, o ya publicado, no se puede retirar, y que esta carta no cambia eso. Les pido que no lo vuelvan a usar y que, si sus normas lo permiten, dejen de publicarlo.',
          confirm: 'Por favor, confirmen por escrito que recibieron esta carta.',
          closing: 'Atentamente,',
        }
      : {
          title: 'Withdrawal of consent',
          salutation: `To ${grant.audience.name},`,
          gave: `On ${date(grant.createdAt)} I gave my consent for you to use my account for ${purpose}. I am withdrawing that consent as of ${date(input.today)}.`,
          sent: days.length ? `This includes the documents I sent you on ${listWords(days, lang)}.` : '',
          stop: 'Please stop using it, do not share it further, and delete the copies you hold, as far as you can.',
          record:
            'I understand that a document already submitted as public record, or already published, cannot be recalled, and that this letter does not change that. I ask that you not use it again and, where your rules allow, that you stop publishing it.',
          confirm: 'Please confirm in writing that you have received this letter.',
          closing: 'Sincerely,',
        };
  return {
    language: lang,
    title: t.title,
    byline: null,
    headingBlock: [date(input.today)],
    salutation: t.salutation,
    blocks: [t.gave, t.sent, t.stop, mayBePublic ? t.record : '', t.confirm].filter(Boolean).map(p),
    signature: [t.closing, input.signedAs],
    paper: 'letter',
  };
}
