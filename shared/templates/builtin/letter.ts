import type { TemplateInput } from '../template-schema';
import { bi } from './text';

export const letterToLegislator: TemplateInput = {
  schemaVersion: 1,
  id: 'letter',
  version: 2,
  kind: 'letter',
  name: bi('Letter, email or public comment', 'Carta, correo o comentario público'),
  description: bi(
    'A short letter or email to a lawmaker or their office, or a public comment on a bill or a rule. Short and personal works best.',
    'Una carta o correo breve a un legislador o su oficina, o un comentario público sobre un proyecto o una norma. Lo breve y personal funciona mejor.',
  ),
  whenToUse: bi(
    'Use this to write to your own representative, or when there is no hearing to attend.',
    'Úsala para escribir a tu propio representante, o cuando no haya una audiencia a la que asistir.',
  ),
  publicRecord: true,
  fields: [
    { id: 'recipient', required: true, help: bi('For example: Senator Ruiz', 'Por ejemplo: senadora Ruiz') },
    { id: 'billNumber' },
    { id: 'billTitle' },
    { id: 'position' },
    {
      id: 'district',
      category: 'place',
      help: bi(
        'Say you are a constituent: offices count those letters first.',
        'Di que vives en su distrito: las oficinas cuentan primero esas cartas.',
      ),
    },
    { id: 'contact', category: 'contact' },
  ],
  sections: [
    {
      id: 'why',
      title: bi('Why I am writing', 'Por qué escribo'),
      guidance: bi(
        'In your first sentence: where you live and what you are asking about.',
        'En la primera oración: dónde vives y sobre qué escribes.',
      ),
      prompts: [
        bi(
          'As a resident of …, I am writing to ask you to support …',
          'Como residente de …, le escribo para pedirle que apoye …',
        ),
      ],
      budget: { unit: 'words', max: 70 },
    },
    {
      id: 'story',
      title: bi('My story', 'Mi historia'),
      guidance: bi(
        'A few sentences about what happened and why it matters for this decision. Share only what you are comfortable with others reading.',
        'Unas pocas oraciones sobre lo que pasó y por qué importa para esta decisión. Comparte solo lo que te parezca bien que otros lean.',
      ),
      budget: { unit: 'words', max: 250 },
    },
    {
      id: 'ask',
      title: bi('My request', 'Mi petición'),
      guidance: bi('One thing you want them to do.', 'Una cosa que quieres que hagan.'),
      budget: { unit: 'words', max: 60 },
    },
    {
      id: 'thanks',
      title: bi('Thanks', 'Agradecimiento'),
      guidance: bi('Thank them for reading.', 'Agradece la lectura.'),
      budget: { unit: 'words', max: 30 },
    },
  ],
  limits: { words: 500 },
  layout: {
    // A business letter: the date line, the recipient, then a "Re:" line naming the bill and the position.
    headingBlock: [
      bi('{today}', '{today}'),
      bi('{recipient}', '{recipient}'),
      bi(
        'Re: {billNumber}[[ — {billTitle}]][[ ({position})]]',
        'Asunto: {billNumber}[[ — {billTitle}]][[ ({position})]]',
      ),
    ],
    salutation: [
      bi('Dear {recipient}:', 'Saludos cordiales, {recipient}:'),
      bi('Dear Legislator:', 'A quien corresponda:'),
    ],
    signature: [
      bi('Sincerely,', 'Atentamente,'),
      bi('{witness}', '{witness}'),
      bi('{district}', '{district}'),
      bi('{contact}', '{contact}'),
    ],
  },
  formats: ['docx', 'pdf'],
  warnings: [
    bi(
      'Letters to public officials and public comments can become public records.',
      'Las cartas a funcionarios y los comentarios públicos pueden convertirse en registros públicos.',
    ),
  ],
};
