import type { TemplateInput } from '../template-schema';
import { bi } from './text';

/** Section budgets are minutes of a 3-minute script; they scale with the length the person picks. */
export const oralScript: TemplateInput = {
  schemaVersion: 1,
  id: 'oral-script',
  version: 2,
  kind: 'oral',
  name: bi('Spoken testimony script', 'Guion de testimonio oral'),
  description: bi(
    'What you will say out loud at a hearing, timed. Most committees give each person one to three minutes, at most five, and stop you when the time is up.',
    'Lo que dirás en voz alta en una audiencia, con tiempo medido. La mayoría de los comités dan a cada persona de uno a tres minutos, como mucho cinco, y te detienen cuando se acaba el tiempo.',
  ),
  whenToUse: bi(
    'Use this when you will speak at a hearing, in person or online.',
    'Úsala cuando vayas a hablar en una audiencia, en persona o en línea.',
  ),
  publicRecord: true,
  spoken: true,
  fields: [
    { id: 'committee', required: true },
    { id: 'chair' },
    { id: 'viceChair' },
    { id: 'billNumber', required: true },
    { id: 'position', required: true },
    { id: 'hearingDate' },
    { id: 'district', category: 'place' },
  ],
  sections: [
    {
      id: 'greeting',
      title: bi('Greeting', 'Saludo'),
      guidance: bi(
        'Address the chair and the committee, and say your position in the same breath. It takes about ten seconds.',
        'Dirígete a la presidencia y al comité, y di tu postura enseguida. Toma unos diez segundos.',
      ),
      prompts: [
        bi(
          'Chair …, members of the committee, thank you. I am here in support of …',
          'Presidencia, miembros del comité, gracias. Estoy aquí para apoyar …',
        ),
      ],
      budget: { unit: 'minutes', max: 0.25 },
    },
    {
      id: 'introduction',
      title: bi('Who I am', 'Quién soy'),
      guidance: bi(
        'Where you live, and why you are speaking today. Share only what you want to be public.',
        'Dónde vives y por qué hablas hoy. Comparte solo lo que quieras que sea público.',
      ),
      budget: { unit: 'minutes', max: 0.25 },
    },
    {
      id: 'story',
      title: bi('My story', 'Mi historia'),
      guidance: bi(
        'The heart of your time. One moment, told simply, is easier to say and easier to remember. Short sentences help when you are nervous.',
        'El centro de tu tiempo. Un momento, contado con sencillez, es más fácil de decir y de recordar. Las oraciones cortas ayudan cuando hay nervios.',
      ),
      budget: { unit: 'minutes', max: 1.75 },
    },
    {
      id: 'ask',
      title: bi('The ask', 'La petición'),
      guidance: bi(
        'What you want the committee to do, in one sentence.',
        'Lo que quieres que haga el comité, en una oración.',
      ),
      budget: { unit: 'minutes', max: 0.4 },
    },
    {
      id: 'thanks',
      title: bi('Thanks', 'Agradecimiento'),
      guidance: bi(
        'Thank them and stop. If the chair cuts you off, it is not your fault; your written testimony can hold the rest.',
        'Da las gracias y termina. Si la presidencia te interrumpe, no es culpa tuya; tu testimonio escrito puede contener el resto.',
      ),
      budget: { unit: 'minutes', max: 0.35 },
    },
  ],
  limits: { minutes: 3, minuteChoices: [1, 2, 3, 5] },
  layout: {
    headingBlock: [
      bi(
        '{witness} • {billNumber} • {position} • {hearingDate}',
        '{witness} • {billNumber} • {position} • {hearingDate}',
      ),
    ],
  },
  formats: ['docx', 'pdf'],
  warnings: [
    bi(
      'Hearings are often recorded and streamed. You can ask the committee whether you may speak without giving your full name.',
      'Las audiencias suelen grabarse y transmitirse. Puedes preguntar al comité si puedes hablar sin dar tu nombre completo.',
    ),
  ],
};
