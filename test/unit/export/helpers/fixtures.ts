import type { GrantTerms } from '../../../../shared/consent/grant';
import type { AuthorName } from '../../../../shared/consent/identity';
import type { SensitiveCategory } from '../../../../shared/core/sensitive-categories';
import type { InlineNode, ParagraphNode, SimpleMark, TextNode } from '../../../../shared/core/story-doc';
import type { ExportDocument } from '../../../../shared/export/export-document';

export const author: AuthorName = { full: 'Quirina Vantongeren' };

export function terms(categories: GrantTerms['redact']['categories']): GrantTerms {
  return {
    audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'initials' },
    redact: { categories, keep: [] },
    formats: ['docx', 'pdf'],
    expiresOn: '2030-01-01',
    note: '',
    publicRecordAcknowledged: true,
    coverNote: false,
  };
}

export const text = (t: string, ...marks: SimpleMark['type'][]): TextNode =>
  marks.length ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) } : { type: 'text', text: t };

export const sensitive = (
  t: string,
  category: SensitiveCategory,
  id: string,
  ...marks: SimpleMark['type'][]
): TextNode => ({
  type: 'text',
  text: t,
  marks: [{ type: 'sensitive', attrs: { category, id } }, ...marks.map((type) => ({ type }))],
});

export const para = (...content: InlineNode[]): ParagraphNode => ({ type: 'paragraph', content });

export function exportDoc(partial: Partial<ExportDocument> = {}): ExportDocument {
  return { language: 'en', title: 'Testimony on SB 123', byline: 'Q. V.', blocks: [], paper: 'letter', ...partial };
}

/** Paragraphs whose first words are easy to find after a number: "1. Alpha …", "2. Bravo …". */
export const NATO = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
