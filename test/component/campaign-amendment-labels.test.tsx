import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Amendment, Bill } from '../../shared/campaign/campaign-data';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { BillHistory } from '../../renderer/src/features/campaigns/BillHistory';
import { stepOf, useEnglishScreens } from './campaign-fixtures';

useEnglishScreens();

const amendment = (n: number, label: string, adopted: boolean | null): Amendment => ({
  id: `amend-000${n}`,
  label,
  summary: '',
  adopted,
});

const bill: Bill = {
  id: 'bill-0001',
  number: 'SB 12',
  title: '',
  sponsor: '',
  steps: [
    {
      ...stepOf('step-0001', 'committee-vote', '2026-01-09'),
      amendments: [
        amendment(1, 'Amendment 2', true),
        amendment(2, 'amend. 3', false),
        amendment(3, 'ENMIENDA 4', null),
        amendment(4, 'HA 1', true),
        amendment(5, 'Amendments 5 and 6', null),
        amendment(6, 'Floor amendment 1', null),
      ],
    },
  ],
};

const amendmentLines = () =>
  within(screen.getByRole('list', { name: /SB 12/ }))
    .getAllByRole('listitem')
    .slice(1)
    .map((li) => li.textContent);

describe('an amendment in the bill history', () => {
  it('is shown as typed when its label already says it is an amendment, and named otherwise', () => {
    render(<BillHistory bill={bill} />);
    expect(amendmentLines()).toEqual([
      'Amendment 2: adopted',
      'amend. 3: rejected',
      'ENMIENDA 4: not decided yet',
      'Amendment HA 1: adopted',
      'Amendments 5 and 6: not decided yet',
      'Amendment Floor amendment 1: not decided yet',
    ]);
  });

  it('does the same in Spanish', () => {
    setLanguage('es');
    render(<BillHistory bill={bill} />);
    expect(amendmentLines()).toEqual([
      'Amendment 2: aprobada',
      'amend. 3: rechazada',
      'ENMIENDA 4: sin decidir',
      'Enmienda HA 1: aprobada',
      'Amendments 5 and 6: sin decidir',
      'Enmienda Floor amendment 1: sin decidir',
    ]);
  });
});
