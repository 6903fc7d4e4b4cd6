import { describe, expect, it } from 'vitest';
import type { GrantTerms } from '../../../shared/consent/grant';
import { releaseDocument } from '../../../shared/release/release-gate';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { buildTestimonyExport } from '../../../shared/testimony/build-testimony-export';
import { exportDocx } from '../../../electron/export/export-file';
import { renderPrintHtml } from '../../../shared/export/print-html';
import type { ExportDocument } from '../../../shared/export/export-document';
import { docxParts } from '../../support/docx-inspect';
import { filledTestimony } from '../../support/fill-template';

const AUTHOR = '\u{E000}author\u{E000}';
const CAPTION = '\u{E000}caption\u{E000}';

const terms = (identity: GrantTerms['identity'], categories: GrantTerms['redact']['categories'] = []): GrantTerms => ({
  audience: { kind: 'legislative-committee', name: 'Judiciary Committee' },
  purpose: 'the hearing on SB 123',
  identity,
  redact: { categories, keep: [] },
  formats: ['docx', 'pdf'],
  expiresOn: '2027-06-01',
  note: '',
  publicRecordAcknowledged: true,
  coverNote: false,
});

/**
 * The heading block as it leaves Harbor: built as the export pipeline builds it (witness slots,
 * today's date) and released through the one gate under the consent.
 */
function released(
  templateId: string,
  lang: 'en' | 'es',
  identity: GrantTerms['identity'],
  withheld: GrantTerms['redact']['categories'] = [],
) {
  const t = filledTestimony(builtInTemplate(templateId)!, lang);
  const built = buildTestimonyExport(t, {
    language: lang,
    witness: AUTHOR,
    witnessCaption: CAPTION,
    today: '2025-04-09',
  });
  const out = releaseDocument(
    { headingBlock: built.headingBlock, signature: built.signature, fields: built.fields },
    {
      terms: terms(identity, withheld),
      author: { full: 'María Elena Quiroga' },
      language: lang,
      authorSlot: AUTHOR,
      captionSlot: { slot: CAPTION, anonymous: built.anonymousWitness },
    },
  );
  return { built, headingBlock: out.headingBlock, signature: out.signature };
}

describe('each template’s document follows its venue’s convention', () => {
  it('state committee: a caption block with witness, position, bill, sponsor and title; committee and chamber; the hearing date', () => {
    expect(released('us-state-written', 'en', { mode: 'initials' }).headingBlock).toEqual([
      'Testimony of M. E. Q. in Support of SB 123 (Senator Okafor) — Survivor Protection Act',
      'Judiciary Committee, Senate',
      'Hearing of March 1, 2027',
    ]);
    expect(released('us-state-written', 'es', { mode: 'first' }).headingBlock).toEqual([
      'Testimonio de María a favor de SB 123 (Senator Okafor) — Survivor Protection Act',
      'Ante Judiciary Committee, Senate',
      'Audiencia del 1 de marzo de 2027',
    ]);
    const oppose = filledTestimony(builtInTemplate('us-state-written')!);
    oppose.metadata.position = 'oppose';
    delete oppose.metadata.sponsor;
    delete oppose.metadata.billTitle;
    const built = buildTestimonyExport(oppose, { language: 'en', witness: 'M.' });
    expect(built.headingBlock[0]).toBe('Testimony of M. in Opposition to SB 123');
  });

  it('US Congress: a centred bold caption, "a survivor witness" for an anonymous witness (never "Anonymous"), the bill kept', () => {
    const named = released('us-congress-written', 'en', { mode: 'full' });
    expect(named.built.captionCentered).toBe(true);
    expect(named.headingBlock).toEqual([
      'Statement of María Elena Quiroga, Harbor Light',
      'before the Judiciary Committee, Senate',
      'Modern slavery inquiry',
      'SB 123',
      'March 1, 2027',
    ]);
    for (const [lang, caption] of [
      ['en', 'Statement of a survivor witness'],
      ['es', 'Declaración de una persona sobreviviente'],
    ] as const) {
      const anonymous = released('us-congress-written', lang, { mode: 'anonymous' }, ['organization']);
      expect(anonymous.headingBlock[0]).toBe(
        `${caption}, ${lang === 'en' ? '[organization withheld]' : '[organización omitida]'}`,
      );
      expect(anonymous.headingBlock.join('\n')).not.toMatch(/Anonymous|Anónim|Harbor Light|María|Quiroga/);
      expect(anonymous.headingBlock).toContain('SB 123');
    }
    // A pseudonym is the person's chosen wording, and is what the caption says.
    expect(released('us-congress-written', 'en', { mode: 'pseudonym', pseudonym: 'Esperanza' }).headingBlock[0]).toBe(
      'Statement of Esperanza, Harbor Light',
    );
  });

  it('letter: a date line, the recipient, and a "Re:" line with the bill and the position, in the document’s language', () => {
    expect(released('letter', 'en', { mode: 'initials' }).headingBlock).toEqual([
      'April 9, 2025',
      'Senator Ruiz',
      'Re: SB 123 — Survivor Protection Act (Support)',
    ]);
    expect(released('letter', 'es', { mode: 'initials' }).headingBlock).toEqual([
      '9 de abril de 2025',
      'Senator Ruiz',
      'Asunto: SB 123 — Survivor Protection Act (A favor)',
    ]);
  });

  it('UK written evidence: the fixed words in the document’s language', () => {
    expect(released('uk-written-evidence', 'en', { mode: 'initials' }).headingBlock[0]).toBe(
      'Written evidence submitted by M. E. Q.',
    );
    expect(released('uk-written-evidence', 'es', { mode: 'initials' }).headingBlock[0]).toBe(
      'Evidencia escrita presentada por M. E. Q.',
    );
  });

  it('every witness name goes through the gate: a withheld organization or place never reaches a caption or signature', () => {
    for (const id of ['us-state-written', 'us-congress-written', 'letter', 'uk-written-evidence'])
      for (const lang of ['en', 'es'] as const) {
        const out = released(id, lang, { mode: 'initials' }, ['organization', 'place', 'contact']);
        const text = [...out.headingBlock, ...out.signature].join('\n');
        expect(text, `${id} ${lang}`).not.toMatch(/María|Quiroga|Harbor Light|Tacoma|maria@example\.org|\u{E000}/u);
      }
  });

  it('the caption is centred and bold in the Word file and the PDF page; a plain heading block is not', async () => {
    const doc = (captionCentered: boolean): ExportDocument => ({
      language: 'en',
      title: null,
      byline: null,
      headingBlock: ['Statement of a survivor witness', 'before the Judiciary Committee'],
      captionCentered,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Body.' }] }],
      paper: 'letter',
    });
    const captionParagraph = (xml: string) =>
      /<w:p>(?:(?!<\/w:p>).)*Statement of a survivor witness(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)![0];
    const centred = captionParagraph(docxParts(await exportDocx(doc(true))).get('word/document.xml')!);
    expect(centred).toMatch(/<w:jc w:val="center"\/>/);
    expect(centred).toMatch(/<w:b\/>/);
    const plain = captionParagraph(docxParts(await exportDocx(doc(false))).get('word/document.xml')!);
    expect(plain).not.toMatch(/<w:jc |<w:b\/>/);
    expect(renderPrintHtml(doc(true))).toContain('<header class="heading-block caption">');
    expect(renderPrintHtml(doc(false))).toContain('<header class="heading-block">');
  });
});
