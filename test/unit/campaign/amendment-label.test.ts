import { describe, expect, it } from 'vitest';
import { namesItselfAmendment } from '../../../shared/campaign/amendment-label';

describe('an amendment label that already says it is an amendment', () => {
  it.each([
    'Amendment 2',
    'amendment 2',
    'AMENDMENT 2',
    'Amend. 3',
    'Amend 3',
    'amend.3',
    'Enmienda 4',
    'enmienda 4',
    'Amendments 5 and 6',
    'Enmiendas 1 y 2',
    ' Amendment 7',
    'Amendment',
  ])('%j is shown as typed', (label) => expect(namesItselfAmendment(label)).toBe(true));

  it.each(['HA 1', 'AM 2', 'Amendatory clause', 'Amendmentx', 'Floor amendment 1', 'Enmendado 2', ''])(
    '%j gets the word for amendment before it',
    (label) => expect(namesItselfAmendment(label)).toBe(false),
  );
});
