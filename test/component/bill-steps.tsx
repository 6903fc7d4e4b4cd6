import { fireEvent, render, screen } from '@testing-library/react';
import type { Bill, BillStep } from '../../shared/campaign/campaign-data';
import { BillsSection } from '../../renderer/src/features/campaigns/BillsSection';
import { campaignOf, recordingSave } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

/** SB 12 with these steps and nothing else filled in. */
export const sb12 = (steps: BillStep[]): Bill => ({ id: 'bill-0001', number: 'SB 12', title: '', sponsor: '', steps });

/**
 * The bills section of a campaign with `bill` only, saving into a recording (or through `save`);
 * with `press`, the name of a button of a step ("Change step 2 of…", "Remove step 2 of…"), pressed.
 */
export function openBill(
  bill: Bill,
  { press, save }: { press?: string; save?: Parameters<typeof BillsSection>[0]['save'] } = {},
) {
  installHarbor();
  const recorded = recordingSave();
  render(<BillsSection campaign={campaignOf({ bills: [bill] })} save={save ?? recorded.save} />);
  if (press) fireEvent.click(screen.getByRole('button', { name: press }));
  return recorded;
}
