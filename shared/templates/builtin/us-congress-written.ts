import type { TemplateInput } from '../template-schema';
import { bi } from './text';

export const usCongressWritten: TemplateInput = {
  schemaVersion: 1,
  id: 'us-congress-written',
  version: 3,
  kind: 'congress-written',
  name: bi('US Congress: written statement', 'Congreso de EE. UU.: declaración escrita'),
  description: bi(
    'The full written statement a witness files with a House or Senate committee, usually 24 to 72 hours before the hearing. Your spoken statement is a five-minute summary of it.',
    'La declaración escrita completa que un testigo entrega a un comité de la Cámara o del Senado, normalmente de 24 a 72 horas antes de la audiencia. Tu declaración oral es un resumen de cinco minutos.',
  ),
  whenToUse: bi(
    'Use this when a congressional committee has invited you to testify.',
    'Úsala cuando un comité del Congreso te haya invitado a testificar.',
  ),
  publicRecord: true,
  fields: [
    {
      id: 'committee',
      required: true,
      help: bi(
        'For example: Committee on the Judiciary',
        'Con su artículo, porque el documento en español dice «ante …»: por ejemplo, «el Comité Judicial» o «la Comisión de Justicia».',
      ),
    },
    { id: 'chamber', required: true },
    { id: 'chair' },
    {
      id: 'viceChair',
      help: bi(
        'In Congress this is the Ranking Member.',
        'En el Congreso es el miembro de mayor rango de la minoría (Ranking Member).',
      ),
    },
    {
      id: 'inquiry',
      help: bi(
        'The hearing’s title, as on the invitation.',
        'El título de la audiencia, como aparece en la invitación.',
      ),
    },
    { id: 'billNumber' },
    { id: 'hearingDate', required: true },
    { id: 'organization', category: 'organization' },
    { id: 'contact', category: 'contact' },
  ],
  sections: [
    {
      id: 'summary',
      title: bi('Summary', 'Resumen'),
      guidance: bi(
        'One paragraph with your main points. It is the outline of your five-minute spoken statement, and some members will read only this.',
        'Un párrafo con tus puntos principales. Es el esquema de tu declaración oral de cinco minutos, y algunos miembros solo leerán esto.',
      ),
      budget: { unit: 'words', max: 200 },
      printTitle: true,
    },
    {
      id: 'introduction',
      title: bi('Introduction', 'Introducción'),
      guidance: bi(
        'Thank the committee and say in a sentence or two why you are here.',
        'Agradece al comité y di en una o dos oraciones por qué estás aquí.',
      ),
      budget: { unit: 'words', max: 150 },
      printTitle: true,
    },
    {
      id: 'story',
      title: bi('My experience', 'Mi experiencia'),
      guidance: bi(
        'What happened and what it taught you, told in your own words. Share only what you are comfortable making public. You can insert excerpts from your stories.',
        'Lo que pasó y lo que te enseñó, con tus propias palabras. Comparte solo lo que quieras hacer público. Puedes insertar fragmentos de tus historias.',
      ),
      budget: { unit: 'words', max: 1_500 },
      printTitle: true,
    },
    {
      id: 'recommendations',
      title: bi('Recommendations', 'Recomendaciones'),
      guidance: bi(
        'What Congress should do. Specific, numbered points are easiest to quote.',
        'Lo que el Congreso debería hacer. Los puntos concretos y numerados son los más fáciles de citar.',
      ),
      budget: { unit: 'words', max: 500 },
      printTitle: true,
    },
    {
      id: 'conclusion',
      title: bi('Conclusion', 'Conclusión'),
      guidance: bi('Close with your main point and thanks.', 'Cierra con tu punto principal y un agradecimiento.'),
      budget: { unit: 'words', max: 120 },
      printTitle: true,
    },
  ],
  limits: {},
  layout: {
    // A congressional statement's caption, centred and bold: witness, affiliation, committee, hearing, date.
    headingBlock: [
      bi('Statement of {witnessCaption}[[, {organization}]]', 'Declaración de {witnessCaption}[[, {organization}]]'),
      bi('before the {committee}[[, {chamber}]]', 'ante {committee}[[, {chamber}]]'),
      bi('{inquiry}', '{inquiry}'),
      bi('{billNumber}[[ — {billTitle}]]', '{billNumber}[[ — {billTitle}]]'),
      bi('{hearingDate}', '{hearingDate}'),
    ],
    captionStyle: 'centered-bold',
    anonymousWitness: bi('a survivor witness', 'una persona sobreviviente'),
    salutation: [
      bi(
        'Chair {chair}, Ranking Member {viceChair}, and Members of the Committee:',
        'Presidencia, {chair}; {viceChair}, miembro de mayor rango de la minoría; y miembros del comité:',
      ),
      bi('Chair {chair} and Members of the Committee:', 'Presidencia, {chair}, y miembros del comité:'),
    ],
    signature: [bi('{witness}', '{witness}'), bi('{organization}', '{organization}')],
  },
  formats: ['docx', 'pdf'],
  warnings: [
    bi(
      'House witnesses who are not from government also file a “Truth in Testimony” form: federal grants or contracts, and any foreign-government funding, for them or the organization they speak for. Ask the committee staff for it; Harbor does not fill it in.',
      'En la Cámara, los testigos que no son del gobierno también entregan un formulario “Truth in Testimony”: subvenciones o contratos federales y cualquier fondo de gobiernos extranjeros, suyos o de la organización que representan. Pídelo al personal del comité; Harbor no lo rellena.',
    ),
    bi(
      'The committee usually asks for a CV with your name. A named CV does not fit with testifying anonymously or under another name: talk to committee staff first about what they can accept.',
      'El comité suele pedir un currículum con tu nombre. Un currículum con nombre no es compatible con testificar de forma anónima o con otro nombre: habla antes con el personal del comité sobre lo que pueden aceptar.',
    ),
    bi(
      'The written statement is published with the hearing record and stays online.',
      'La declaración escrita se publica con el registro de la audiencia y queda en internet.',
    ),
  ],
};
