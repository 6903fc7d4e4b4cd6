import type { TemplateInput } from '../template-schema';
import { bi } from './text';

export const usStateWritten: TemplateInput = {
  schemaVersion: 1,
  id: 'us-state-written',
  version: 3,
  kind: 'state-written',
  name: bi('State committee: written testimony', 'Comité estatal: testimonio escrito'),
  description: bi(
    'A written statement for a committee of your state legislature about one bill. Committees read it before or during the hearing, and it usually becomes part of the public record.',
    'Una declaración escrita para un comité de la legislatura de tu estado sobre un proyecto de ley. El comité la lee antes o durante la audiencia, y normalmente pasa a ser parte del registro público.',
  ),
  whenToUse: bi(
    'Use this when a state committee holds a hearing on a bill and accepts written comments.',
    'Úsala cuando un comité estatal tenga una audiencia sobre un proyecto de ley y acepte comentarios escritos.',
  ),
  publicRecord: true,
  fields: [
    {
      id: 'committee',
      required: true,
      help: bi(
        'For example: Senate Judiciary Committee',
        'Con su artículo, porque el documento en español dice «miembros de …»: por ejemplo, «el Comité Judicial del Senado» o «la Comisión de Justicia».',
      ),
    },
    { id: 'chamber' },
    {
      id: 'chair',
      help: bi(
        'Their last name is enough, as on the committee page.',
        'Basta con el apellido, como aparece en la página del comité.',
      ),
    },
    { id: 'viceChair' },
    { id: 'billNumber', required: true, help: bi('For example: SB 123', 'Por ejemplo: SB 123') },
    { id: 'billTitle' },
    { id: 'sponsor' },
    { id: 'position', required: true },
    { id: 'hearingDate' },
    {
      id: 'district',
      category: 'place',
      required: true,
      help: bi(
        'Lawmakers listen most to people who live where they serve.',
        'Los legisladores escuchan más a quienes viven donde ellos sirven.',
      ),
    },
    { id: 'organization', category: 'organization' },
    { id: 'contact', category: 'contact' },
  ],
  sections: [
    {
      id: 'introduction',
      title: bi('Who I am and where I live', 'Quién soy y dónde vivo'),
      guidance: bi(
        'One or two sentences. Say where you live (your city or district is enough) and why this bill matters to you. You decide how much to say about yourself; the name on the document comes from your consent choice.',
        'Una o dos oraciones. Di dónde vives (basta con tu ciudad o distrito) y por qué te importa este proyecto. Tú decides cuánto contar de ti; el nombre del documento sale de tu elección de consentimiento.',
      ),
      prompts: [bi('I live in … and I am writing because …', 'Vivo en … y escribo porque …')],
      budget: { unit: 'words', max: 80 },
    },
    {
      id: 'position',
      title: bi('My position on the bill', 'Mi postura sobre el proyecto'),
      guidance: bi(
        'Say plainly whether you support or oppose the bill, or have comments, with its number, sponsor and title. Committees count positions, so put it near the top.',
        'Di claramente si apoyas el proyecto, te opones o tienes comentarios, con su número, patrocinador y título. Los comités cuentan las posturas, así que ponla al principio.',
      ),
      prompts: [
        bi(
          'I support SB 123, sponsored by Senator …, which would …',
          'Apoyo el SB 123, patrocinado por el senador o la senadora …, que …',
        ),
      ],
      budget: { unit: 'words', max: 60 },
    },
    {
      id: 'story',
      title: bi('My story and its impact', 'Mi historia y su impacto'),
      guidance: bi(
        'Share only what you are comfortable making public. One or two moments told clearly are stronger than everything at once. Connect what happened to what the bill would change. You can insert an excerpt from one of your stories.',
        'Comparte solo lo que quieras hacer público. Uno o dos momentos contados con claridad pesan más que todo a la vez. Relaciona lo que pasó con lo que el proyecto cambiaría. Puedes insertar un fragmento de una de tus historias.',
      ),
      prompts: [
        bi('What happened that this bill is about?', '¿Qué pasó que tiene que ver con este proyecto?'),
        bi(
          'What would have been different if this law had existed?',
          '¿Qué habría sido distinto si esta ley hubiera existido?',
        ),
      ],
      budget: { unit: 'words', max: 450 },
    },
    {
      id: 'ask',
      title: bi('What I am asking for', 'Lo que pido'),
      guidance: bi(
        'One clear request: vote yes, vote no, or change a specific part. A specific ask is easier to act on.',
        'Una petición clara: votar a favor, votar en contra, o cambiar una parte concreta. Una petición concreta es más fácil de atender.',
      ),
      prompts: [bi('I ask you to vote yes on …', 'Les pido que voten a favor de …')],
      budget: { unit: 'words', max: 60 },
    },
    {
      id: 'restate',
      title: bi('My position again', 'Mi postura otra vez'),
      guidance: bi(
        'Repeat your position in one sentence, so a busy reader cannot miss it.',
        'Repite tu postura en una oración, para que nadie la pase por alto.',
      ),
      budget: { unit: 'words', max: 40 },
    },
    {
      id: 'thanks',
      title: bi('Thanks', 'Agradecimiento'),
      guidance: bi('Thank the committee for their time and for reading.', 'Agradece al comité su tiempo y su lectura.'),
      prompts: [
        bi(
          'Thank you for your time and for considering my testimony.',
          'Gracias por su tiempo y por considerar mi testimonio.',
        ),
      ],
      budget: { unit: 'words', max: 40 },
    },
  ],
  limits: { characters: 5_000 },
  layout: {
    // The caption committees print on their own agendas: who, for or against which bill, before whom, when.
    headingBlock: [
      bi(
        'Testimony of {witnessCaption}[[ {stance} {billNumber}]][[ ({sponsor})]][[ — {billTitle}]]',
        'Testimonio de {witnessCaption}[[ {stance} {billNumber}]][[ ({sponsor})]][[ — {billTitle}]]',
      ),
      bi('{committee}[[, {chamber}]]', 'Ante {committee}[[, {chamber}]]'),
      bi('Hearing of {hearingDate}', 'Audiencia del {hearingDate}'),
    ],
    anonymousWitness: bi('a survivor witness', 'una persona sobreviviente'),
    // Where a committee asks for a memo instead (the builder's switch): the same facts, TO/FROM/RE/DATE.
    memoBlock: [
      bi('TO: {committee}[[, {chamber}]]', 'PARA: {committee}[[, {chamber}]]'),
      bi('FROM: {witnessCaption}[[, {organization}]]', 'DE: {witnessCaption}[[, {organization}]]'),
      bi(
        'RE: {billNumber}[[ ({sponsor})]][[ — {billTitle}]][[: {position}]]',
        'ASUNTO: {billNumber}[[ ({sponsor})]][[ — {billTitle}]][[: {position}]]',
      ),
      bi('DATE: {hearingDate}', 'FECHA: {hearingDate}'),
    ],
    salutation: [
      bi(
        'Chair {chair}, Vice Chair {viceChair}, and Members of the {committee}:',
        'Presidencia, {chair}; Vicepresidencia, {viceChair}; y miembros de {committee}:',
      ),
      bi('Chair {chair} and Members of the {committee}:', 'Presidencia, {chair}, y miembros de {committee}:'),
      bi('Members of the {committee}:', 'Miembros de {committee}:'),
    ],
    signature: [
      bi('{witness}', '{witness}'),
      bi('{district}', '{district}'),
      bi('{organization}', '{organization}'),
      bi('{contact}', '{contact}'),
    ],
  },
  formats: ['docx', 'pdf'],
  warnings: [
    bi(
      'Written testimony is usually public record and is often searchable online. Only include what you are comfortable with anyone reading.',
      'El testimonio escrito suele ser registro público y a menudo se puede buscar en internet. Incluye solo lo que te parezca bien que cualquiera lea.',
    ),
    bi(
      'Limits differ by state: Washington allows 5,000 characters (about two pages). Check your committee’s page.',
      'Los límites cambian según el estado: Washington permite 5.000 caracteres (unas dos páginas). Revisa la página de tu comité.',
    ),
  ],
};
