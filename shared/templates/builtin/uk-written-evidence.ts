import type { TemplateInput } from '../template-schema';
import { bi } from './text';

/** UK committees take Word, RTF or ODT (not PDF), at most 3,000 words, paragraphs numbered. */
export const ukWrittenEvidence: TemplateInput = {
  schemaVersion: 1,
  id: 'uk-written-evidence',
  version: 1,
  kind: 'uk-written-evidence',
  name: bi('UK select committee: written evidence', 'Comité del Reino Unido: evidencia escrita'),
  description: bi(
    'Written evidence for a House of Commons or House of Lords select committee inquiry. Committees usually publish it on their website.',
    'Evidencia escrita para una investigación de un comité de la Cámara de los Comunes o de los Lores. Los comités suelen publicarla en su sitio web.',
  ),
  whenToUse: bi(
    'Use this when a UK parliamentary committee has a call for evidence open.',
    'Úsala cuando un comité del Parlamento británico tenga abierta una convocatoria de evidencia.',
  ),
  publicRecord: true,
  fields: [
    { id: 'committee', required: true },
    {
      id: 'inquiry',
      required: true,
      help: bi(
        'The inquiry’s name, as in the call for evidence.',
        'El nombre de la investigación, como aparece en la convocatoria.',
      ),
    },
    { id: 'organization', category: 'organization' },
  ],
  sections: [
    {
      id: 'summary',
      title: bi('Summary', 'Resumen'),
      guidance: bi(
        'A few bullet points with your main points, one per line. Committees ask for this first.',
        'Unos pocos puntos con tus ideas principales, uno por línea. Los comités lo piden al principio.',
      ),
      format: 'bullets',
      budget: { unit: 'words', max: 200 },
      printTitle: true,
    },
    {
      id: 'introduction',
      title: bi('Introduction', 'Introducción'),
      guidance: bi(
        'Who you are (as much as you want to say) and why you are submitting evidence. Keep it short.',
        'Quién eres (lo que quieras decir) y por qué presentas evidencia. Que sea breve.',
      ),
      budget: { unit: 'words', max: 250 },
      printTitle: true,
    },
    {
      id: 'evidence',
      title: bi('My evidence', 'Mi evidencia'),
      guidance: bi(
        'The facts of what happened and what you saw, one point per paragraph: each paragraph gets a number so the committee can quote it. You can insert excerpts from your stories.',
        'Los hechos de lo que pasó y lo que viste, una idea por párrafo: cada párrafo recibe un número para que el comité pueda citarlo. Puedes insertar fragmentos de tus historias.',
      ),
      budget: { unit: 'words', max: 1_800 },
      printTitle: true,
    },
    {
      id: 'recommendations',
      title: bi('Recommendations', 'Recomendaciones'),
      guidance: bi(
        'What you would like the committee to recommend to the government.',
        'Lo que te gustaría que el comité recomiende al gobierno.',
      ),
      budget: { unit: 'words', max: 500 },
      printTitle: true,
    },
    {
      id: 'sensitive',
      title: bi('Sensitive information', 'Información delicada'),
      guidance: bi(
        'Optional. If anything here could harm you or someone else if published, say which paragraphs and what harm publishing them would do. The committee can then decide not to publish them, or publish without your name.',
        'Opcional. Si algo de lo anterior podría hacerte daño a ti o a otra persona al publicarse, di qué párrafos y qué daño haría. El comité puede decidir no publicarlos, o publicarlos sin tu nombre.',
      ),
      optional: true,
      budget: { unit: 'words', max: 250 },
      printTitle: true,
    },
  ],
  limits: { words: 3_000 },
  layout: {
    headingBlock: [
      bi('Written evidence submitted by {witness}', 'Evidencia escrita presentada por {witness}'),
      bi('{inquiry} • {committee}', '{inquiry} • {committee}'),
    ],
    numberedParagraphs: true,
    paper: 'a4',
  },
  formats: ['docx'],
  warnings: [
    bi(
      'Committees do not accept PDF: Harbor makes a Word file. Keep it to one document of at most 3,000 words.',
      'Los comités no aceptan PDF: Harbor crea un archivo de Word. Un solo documento de 3.000 palabras como máximo.',
    ),
    bi(
      'Evidence is usually published. You can ask the committee to publish it without your name, or not at all.',
      'La evidencia suele publicarse. Puedes pedir al comité que la publique sin tu nombre, o que no la publique.',
    ),
  ],
};
