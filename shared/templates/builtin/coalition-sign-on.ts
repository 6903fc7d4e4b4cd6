import type { TemplateInput } from '../template-schema';
import { bi } from './text';

/**
 * A coalition sign-on letter: the campaign's ask, why, and the organizations that signed, in the
 * order the campaign chose. Made from a campaign by shared/campaign/sign-on.ts, which fills the
 * "signatories" section; every line still leaves only through the release gate, like any letter.
 */
export const coalitionSignOn: TemplateInput = {
  schemaVersion: 1,
  id: 'coalition-sign-on',
  version: 2,
  kind: 'letter',
  name: bi('Coalition sign-on letter', 'Carta de adhesión de la coalición'),
  description: bi(
    'A letter from a coalition of organizations to lawmakers, listing the organizations that signed on, in the order you chose.',
    'Una carta de una coalición de organizaciones a legisladores, con la lista de las organizaciones que firmaron, en el orden que elegiste.',
  ),
  whenToUse: bi(
    'Use this from a campaign once partners have signed on: the list comes from the coalition.',
    'Úsala desde una campaña cuando las organizaciones aliadas hayan firmado: la lista sale de la coalición.',
  ),
  publicRecord: true,
  fields: [
    {
      id: 'recipient',
      required: true,
      help: bi('For example: Members of the Judiciary Committee', 'Por ejemplo: Miembros de la Comisión de Justicia'),
    },
    { id: 'billNumber' },
    { id: 'billTitle' },
    { id: 'position' },
    { id: 'organization', category: 'organization' },
    { id: 'contact', category: 'contact' },
  ],
  sections: [
    {
      id: 'ask',
      title: bi('Our request', 'Nuestra petición'),
      guidance: bi(
        'The campaign’s ask in one or two sentences: the same words every document repeats.',
        'La petición de la campaña en una o dos oraciones: las mismas palabras que repite cada documento.',
      ),
      budget: { unit: 'words', max: 120 },
    },
    {
      id: 'why',
      title: bi('Why we ask', 'Por qué lo pedimos'),
      guidance: bi(
        'The reasons, one line each, as in the message box.',
        'Las razones, una línea cada una, como en el cuadro de mensajes.',
      ),
      budget: { unit: 'words', max: 250 },
    },
    {
      id: 'signatories',
      title: bi('Signed by', 'Firman'),
      guidance: bi(
        'The organizations that signed, one per line, in the order chosen in the campaign’s coalition.',
        'Las organizaciones que firmaron, una por línea, en el orden elegido en la coalición de la campaña.',
      ),
      budget: { unit: 'words', max: 2_000 },
      printTitle: true,
    },
  ],
  limits: { words: 2_500 },
  layout: {
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
      bi('Dear Legislators:', 'A quien corresponda:'),
    ],
    signature: [bi('Sincerely,', 'Atentamente,'), bi('{organization}', '{organization}'), bi('{contact}', '{contact}')],
  },
  formats: ['docx', 'pdf'],
  warnings: [
    bi(
      'A sign-on letter to lawmakers can become a public record, with every organization named in it.',
      'Una carta de adhesión a legisladores puede convertirse en registro público, con cada organización que nombra.',
    ),
  ],
};
