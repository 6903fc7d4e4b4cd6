import type { Language } from './matrix-testimony';

export interface VenueFrontMatter {
  /** The heading block, line by line. */
  caption: string[];
  salutation?: string;
  /** The signature's fixed words and the witness as the consent allows. */
  signature: string[];
  captionCentered?: boolean;
  numberedParagraphs?: boolean;
  podium?: boolean;
  titleFirst?: boolean;
  /** The template takes Word only (UK committees do not accept PDF). */
  docxOnly?: boolean;
}

/**
 * What docs/templates.md says each built-in template's document opens with, for the matrix's
 * fields (matrix-testimony.ts) and a consent that shows initials and withholds places: the
 * witness is "M. Q. V.", the district "[place withheld]".
 */
export function venueFrontMatter(templateId: string, language: Language): VenueFrontMatter {
  const en = language === 'en';
  // The export's day by the pipeline's clock (TODAY, 2027-02-01), not this computer's calendar.
  const date = en ? 'February 1, 2027' : '1 de febrero de 2027';
  const place = en ? '[place withheld]' : '[lugar omitido]';
  const bill = en ? 'SB 123 — Survivor Protection Act' : 'SB 123 — Ley de Protección de Sobrevivientes';
  const letterHead = [
    date,
    en ? 'Senator Ruiz' : 'Senadora Ruiz',
    en ? `Re: ${bill} (Support)` : `Asunto: ${bill} (A favor)`,
  ];
  switch (templateId) {
    case 'us-state-written':
      return {
        caption: en
          ? [
              'Testimony of M. Q. V. in Support of SB 123 (Senator Okafor) — Survivor Protection Act',
              'Judiciary Committee, Senate',
              'Hearing of March 1, 2027',
            ]
          : [
              'Testimonio de M. Q. V. a favor de SB 123 (Senador Okafor) — Ley de Protección de Sobrevivientes',
              'Ante la Comisión Judicial, Senado',
              'Audiencia del 1 de marzo de 2027',
            ],
        salutation: en
          ? 'Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:'
          : 'Presidencia, Ruiz; Vicepresidencia, Lee; y miembros de la Comisión Judicial:',
        signature: ['M. Q. V.', place, en ? 'Harbor Light' : 'Luz del Puerto'],
      };
    case 'us-congress-written':
      return {
        caption: en
          ? [
              'Statement of M. Q. V., Harbor Light',
              'before the Judiciary Committee, Senate',
              'Modern slavery inquiry',
              'SB 123',
              'March 1, 2027',
            ]
          : [
              'Declaración de M. Q. V., Luz del Puerto',
              'ante la Comisión Judicial, Senado',
              'Investigación sobre la esclavitud moderna',
              'SB 123',
              '1 de marzo de 2027',
            ],
        captionCentered: true,
        salutation: en
          ? 'Chair Ruiz, Ranking Member Lee, and Members of the Committee:'
          : 'Presidencia, Ruiz; Lee, miembro de mayor rango de la minoría; y miembros del comité:',
        signature: ['M. Q. V.', en ? 'Harbor Light' : 'Luz del Puerto'],
      };
    case 'uk-written-evidence':
      return {
        caption: en
          ? ['Written evidence submitted by M. Q. V.', 'Modern slavery inquiry • Judiciary Committee']
          : [
              'Evidencia escrita presentada por M. Q. V.',
              'Investigación sobre la esclavitud moderna • la Comisión Judicial',
            ],
        signature: [],
        numberedParagraphs: true,
        docxOnly: true,
      };
    case 'letter':
      return {
        caption: letterHead,
        salutation: en ? 'Dear Senator Ruiz:' : 'Saludos cordiales, Senadora Ruiz:',
        signature: [en ? 'Sincerely,' : 'Atentamente,', 'M. Q. V.', place],
      };
    case 'coalition-sign-on':
      return {
        caption: letterHead,
        salutation: en ? 'Dear Senator Ruiz:' : 'Saludos cordiales, Senadora Ruiz:',
        signature: [en ? 'Sincerely,' : 'Atentamente,', en ? 'Harbor Light' : 'Luz del Puerto'],
      };
    case 'briefing':
      return {
        caption: [
          en ? 'For Senator Ruiz' : 'Para Senadora Ruiz',
          en ? 'Harbor Light • SB 123 • Support' : 'Luz del Puerto • SB 123 • A favor',
          date,
        ],
        signature: [en ? 'Harbor Light' : 'Luz del Puerto'],
        titleFirst: true,
      };
    case 'oral-script':
      return {
        caption: [
          en ? 'M. Q. V. • SB 123 • Support • March 1, 2027' : 'M. Q. V. • SB 123 • A favor • 1 de marzo de 2027',
        ],
        signature: [],
        podium: true,
      };
    default:
      throw new Error(`no venue convention written down for ${templateId}`);
  }
}
