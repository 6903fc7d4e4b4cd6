import { describe, expect, it } from 'vitest';
import { createCampaignReports, createCampaignService } from '../../../electron/campaigns';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { FakeVault } from '../../support/fake-vault';
import { extractText } from '../export/helpers/pdf-inspect';
import { useChromiumPrinter } from '../export/helpers/shared-printer';

const printer = useChromiumPrinter();

describe('the campaign report as a PDF', () => {
  it('prints the coalition in order and the bill timeline, without the survivor typed into the title', async () => {
    const vault = new FakeVault();
    await createProfileStore(vault).set({ fullName: 'Quirina Vantongeren' });
    const c = await createCampaignService(vault).create({
      title: 'Justice for Quirina Vantongeren',
      policyAsk: 'Clear records',
      jurisdiction: 'us-state',
      bills: [{ id: 'bill-1', number: 'SB 12', steps: [{ id: 'st-1', kind: 'introduced', date: '2027-01-10' }] }],
      partners: [
        { id: 'ptr-2', name: 'Beacon Shelter', sector: 'faith', signOn: 'signed', signOrder: 2 },
        { id: 'ptr-1', name: 'Abbey Church', sector: 'faith', signOn: 'signed', signOrder: 1 },
      ],
    });
    const reports = createCampaignReports({ vault, clock: () => new Date('2027-02-01T10:00:00Z'), printer: printer() });
    const pdf = await reports.render({ id: c.id, format: 'pdf', language: 'en', paper: 'a4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Introduced');
    expect(text.indexOf('Abbey Church')).toBeGreaterThan(-1);
    expect(text.indexOf('Abbey Church')).toBeLessThan(text.indexOf('Beacon Shelter'));
    expect(text).not.toMatch(/Quirina|Vantongeren/);
  }, 60_000);
});
