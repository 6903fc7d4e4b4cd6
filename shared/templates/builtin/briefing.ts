import type { TemplateInput } from '../template-schema';
import { bi } from './text';

export const policyBriefing: TemplateInput = {
  schemaVersion: 1,
  id: 'briefing',
  version: 2,
  kind: 'briefing',
  name: bi('Policy briefing (one-pager)', 'Informe de políticas (una página)'),
  description: bi(
    'A one-page briefing an advocate hands to lawmakers or staff: the issue, why it matters, survivors’ own words (only consented excerpts), the data and what to do.',
    'Un informe de una página que una organización entrega a legisladores o a su personal: el tema, por qué importa, las palabras de sobrevivientes (solo fragmentos con consentimiento), los datos y qué hacer.',
  ),
  whenToUse: bi(
    'Use this as an advocate preparing for meetings with offices, with stories survivors chose to share.',
    'Úsala como organización que prepara reuniones con oficinas, con historias que sobrevivientes decidieron compartir.',
  ),
  publicRecord: false,
  fields: [
    { id: 'organization', required: true, category: 'organization' },
    {
      id: 'recipient',
      help: bi(
        'Who it is for: an office, a committee, or their staff.',
        'Para quién es: una oficina, un comité o su personal.',
      ),
    },
    { id: 'billNumber' },
    { id: 'billTitle' },
    { id: 'position' },
    { id: 'hearingDate' },
    { id: 'contact', required: true, category: 'contact' },
  ],
  sections: [
    {
      id: 'recommendations',
      title: bi('Key asks', 'Lo que pedimos'),
      guidance: bi(
        'What you ask lawmakers to do, most important first. One per line.',
        'Lo que pides a los legisladores, lo más importante primero. Una por línea.',
      ),
      format: 'bullets',
      budget: { unit: 'words', max: 120 },
      printTitle: true,
    },
    {
      id: 'issue',
      title: bi('The issue', 'El tema'),
      guidance: bi(
        'One or two sentences a busy staffer can repeat.',
        'Una o dos oraciones que alguien con prisa pueda repetir.',
      ),
      budget: { unit: 'words', max: 60 },
      printTitle: true,
    },
    {
      id: 'why',
      title: bi('Why it matters', 'Por qué importa'),
      guidance: bi(
        'Who is affected, and what happens if nothing changes.',
        'A quién afecta y qué pasa si nada cambia.',
      ),
      budget: { unit: 'words', max: 120 },
      printTitle: true,
    },
    {
      id: 'perspectives',
      title: bi('Survivor perspectives', 'Perspectivas de sobrevivientes'),
      guidance: bi(
        'Insert short excerpts from stories survivors shared with you. Each one is checked against that survivor’s consent when you export, and attributed the way they chose.',
        'Inserta fragmentos breves de historias que sobrevivientes te compartieron. Cada uno se comprueba con el consentimiento de esa persona al exportar, y se atribuye como ella eligió.',
      ),
      budget: { unit: 'words', max: 250 },
      printTitle: true,
    },
    {
      id: 'data',
      title: bi('The data', 'Los datos'),
      guidance: bi('Two or three numbers with their source.', 'Dos o tres cifras con su fuente.'),
      budget: { unit: 'words', max: 100 },
      printTitle: true,
    },
    {
      id: 'contact',
      title: bi('Contact', 'Contacto'),
      guidance: bi(
        'Who to call for more, usually your organization.',
        'A quién llamar para saber más, normalmente tu organización.',
      ),
      budget: { unit: 'words', max: 40 },
      printTitle: true,
    },
  ],
  limits: { words: 750 },
  // A briefing reads title, audience, date, then the asks before the narrative: a staffer may read
  // only the top third. As a memo (headingStyle: 'memo'), the same facts go in a TO/FROM/RE/DATE block.
  layout: {
    titleFirst: true,
    headingBlock: [
      bi('For {recipient}', 'Para {recipient}'),
      bi('{organization} • {billNumber} • {position}', '{organization} • {billNumber} • {position}'),
      bi('{today}', '{today}'),
    ],
    memoBlock: [
      bi('TO: {recipient}', 'PARA: {recipient}'),
      bi('FROM: {organization}', 'DE: {organization}'),
      bi(
        'RE: {billNumber}[[ — {billTitle}]][[ ({position})]]',
        'ASUNTO: {billNumber}[[ — {billTitle}]][[ ({position})]]',
      ),
      bi('DATE: {today}', 'FECHA: {today}'),
    ],
    headingStyle: 'lines',
    signature: [bi('{organization}', '{organization}'), bi('{contact}', '{contact}')],
  },
  formats: ['docx', 'pdf'],
};
