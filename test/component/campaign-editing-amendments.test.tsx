import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Bill } from '../../shared/campaign/campaign-data';
import { fail, type IpcError } from '../../shared/ipc/result';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { AddStepForm } from '../../renderer/src/features/campaigns/AddStepForm';
import { openBill, sb12 } from './bill-steps';
import { stepOf, useEnglishScreens } from './campaign-fixtures';
import { installHarbor } from './harbor-stub';

useEnglishScreens();

/** The vault's answer when an outcome still names a removed amendment. */
function refusedAsTheVaultDoes(): Promise<IpcError | null> {
  const refused = fail('invalid_input', 'campaign.unknownAmendment');
  return Promise.resolve(refused.ok ? null : refused.error);
}

const hearing = { id: 'amend-0001', label: 'HA 1', summary: 'Narrows the record', adopted: true };
const second = { id: 'amend-0002', label: 'HA 2', summary: '', adopted: null };
const third = { id: 'amend-0003', label: 'HA 3', summary: '', adopted: false };

const billWith = (amendments = [hearing, second, third]): Bill =>
  sb12([
    stepOf('step-0001', 'introduced', '2026-01-05'),
    { ...stepOf('step-0002', 'committee-vote', '2026-01-09'), amendments },
  ]);

const openStep = (bill: Bill, change = 'Change step 2 of SB 12 (Committee vote)') => openBill(bill, { press: change });

const group = (form: HTMLElement, name: string) => within(within(form).getByRole('group', { name }));

describe('every amendment of a bill step', () => {
  it('the second and later amendments are edited in place, each keeping its id and summary', async () => {
    const { edits } = openStep(billWith());
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    expect(
      within(form)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['Amendment 1', 'Amendment 2', 'Amendment 3']);
    const two = group(form, 'Amendment 2');
    expect((two.getByLabelText('Amendment (optional)') as HTMLInputElement).value).toBe('HA 2');
    fireEvent.change(two.getByLabelText('Amendment (optional)'), { target: { value: 'HA 2 (floor)' } });
    fireEvent.change(two.getByLabelText('Amendment decided?'), { target: { value: 'adopted' } });
    fireEvent.change(group(form, 'Amendment 3').getByLabelText('Amendment decided?'), {
      target: { value: 'pending' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.bills![0]!.steps[1]!.amendments).toEqual([
      hearing,
      { ...second, label: 'HA 2 (floor)', adopted: true },
      { ...third, adopted: null },
    ]);
  });

  it('what an amendment does is changed after it was added, the amendment keeping its id, label and decision', async () => {
    installHarbor();
    const { edits } = openStep(billWith());
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    const one = group(form, 'Amendment 1');
    expect((one.getByLabelText('What it does (optional)') as HTMLTextAreaElement).value).toBe('Narrows the record');
    fireEvent.change(one.getByLabelText('What it does (optional)'), {
      target: { value: '  Narrows the record to arrests only ' },
    });
    fireEvent.change(group(form, 'Amendment 2').getByLabelText('What it does (optional)'), {
      target: { value: 'Adds a hearing' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.bills![0]!.steps[1]!.amendments).toEqual([
      { ...hearing, summary: 'Narrows the record to arrests only' },
      { ...second, summary: 'Adds a hearing' },
      third,
    ]);
  });

  it('what an amendment does is shown in the bill history after its decision', () => {
    openBill(billWith());
    const history = screen.getByRole('list', { name: /SB 12/ });
    expect(within(history).getByText('Amendment HA 1: adopted — Narrows the record')).toBeTruthy();
    expect(within(history).getByText('Amendment HA 2: not decided yet')).toBeTruthy();
  });

  it('any amendment is removed with its own button, the others kept in order; focus goes to “Add an amendment”', async () => {
    const { edits } = openStep(billWith());
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove amendment 2' }));
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Add an amendment' }));
    // The rows are numbered again: the third is now the second.
    expect((group(form, 'Amendment 2').getByLabelText('Amendment (optional)') as HTMLInputElement).value).toBe('HA 3');
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]!.bills![0]!.steps[1]!.amendments).toEqual([hearing, third]);
  });

  it('another amendment is added to a recorded step, its label field taking focus', async () => {
    const { edits } = openStep(billWith([hearing]));
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add an amendment' }));
    const added = group(form, 'Amendment 2').getByLabelText('Amendment (optional)');
    expect(document.activeElement).toBe(added);
    fireEvent.change(added, { target: { value: 'HA 4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => expect(edits).toHaveLength(1));
    const amendments = edits[0]!.bills![0]!.steps[1]!.amendments;
    expect(amendments).toEqual([hearing, { id: expect.any(String), label: 'HA 4', summary: '', adopted: null }]);
    expect(amendments[1]!.id).not.toBe(hearing.id);
  });

  it('a removal the vault refuses (an outcome names the amendment) is said in words and the form stays open', async () => {
    openBill(billWith(), { press: 'Change step 2 of SB 12 (Committee vote)', save: () => refusedAsTheVaultDoes() });
    const form = screen.getByRole('form', { name: 'Change step 2 of SB 12: Committee vote' });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove amendment 1' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'This refers to an amendment that is not noted on any step of a bill.',
    );
  });

  it('reads in Spanish', async () => {
    setLanguage('es');
    openStep(billWith(), 'Cambiar el paso 2 de SB 12 (Votación en comisión)');
    const form = screen.getByRole('form', { name: 'Cambiar el paso 2 de SB 12: Votación en comisión' });
    const two = group(form, 'Enmienda 2');
    expect((two.getByLabelText('Enmienda (opcional)') as HTMLInputElement).value).toBe('HA 2');
    expect(two.getByLabelText('¿Se decidió la enmienda?')).toBeTruthy();
    expect((group(form, 'Enmienda 1').getByLabelText('Qué hace (opcional)') as HTMLTextAreaElement).value).toBe(
      'Narrows the record',
    );
    expect(within(form).getByRole('button', { name: 'Quitar la enmienda 3' })).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Añadir una enmienda' })).toBeTruthy();
  });
});

describe('the step fields, adding a step', () => {
  const bill = sb12([]);

  it('a new step is saved with several amendments; an empty row is left out', async () => {
    installHarbor();
    const saved: Bill[] = [];
    render(<AddStepForm bill={bill} onSave={(b) => (saved.push(b), Promise.resolve(null))} />);
    const form = screen.getByRole('form', { name: 'Next step for SB 12' });
    fireEvent.change(within(form).getByLabelText('Step'), { target: { value: 'introduced' } });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-01-05' } });
    fireEvent.change(within(form).getByLabelText('Chamber'), { target: { value: 'senate' } });
    fireEvent.change(within(form).getByLabelText('Note (optional)'), { target: { value: 'Filed early' } });
    fireEvent.change(group(form, 'Amendment 1').getByLabelText('Amendment (optional)'), { target: { value: 'A1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add an amendment' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add an amendment' }));
    fireEvent.change(group(form, 'Amendment 3').getByLabelText('Amendment (optional)'), { target: { value: 'A3' } });
    fireEvent.change(group(form, 'Amendment 3').getByLabelText('Amendment decided?'), {
      target: { value: 'rejected' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the step' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.steps).toEqual([
      {
        id: expect.any(String),
        kind: 'introduced',
        date: '2026-01-05',
        chamber: 'senate',
        note: 'Filed early',
        amendments: [
          { id: expect.any(String), label: 'A1', summary: '', adopted: null },
          { id: expect.any(String), label: 'A3', summary: '', adopted: false },
        ],
      },
    ]);
    // Ready for the next step: the note and amendments are cleared, one empty row again.
    await waitFor(() => expect((within(form).getByLabelText('Note (optional)') as HTMLInputElement).value).toBe(''));
    expect(within(form).getAllByRole('group')).toHaveLength(1);
  });

  it('reads in Spanish, and a refused save says why in Spanish', async () => {
    setLanguage('es');
    installHarbor();
    render(<AddStepForm bill={bill} onSave={() => refusedAsTheVaultDoes()} />);
    const form = screen.getByRole('form', { name: 'Siguiente paso de SB 12' });
    for (const label of ['Paso', 'Fecha', 'Cámara', 'Nota (opcional)', 'Enmienda (opcional)'])
      expect(within(form).getByLabelText(label)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Añadir el paso' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Esto se refiere a una enmienda que no consta en ningún paso de un proyecto de ley.',
    );
  });
});
