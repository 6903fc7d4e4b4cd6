import { describe, expect, it } from 'vitest';
import { SIGN_ON_TEMPLATE_ID, signOnLetterFile } from '../../../shared/campaign';
import { builtInTemplate } from '../../../shared/templates';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { noPrinter } from '../../support/pipeline-fixtures';
import { grantTerms, testimonySetup } from '../templates/testimony-pipeline-fixtures';
import { campaign } from './campaign-fixture';

const coalition = campaign({
  asks: [{ id: 'ask-1', text: 'Pass SB 12', reason: 'Records block jobs and housing.' }],
  bills: [{ id: 'bill-1', number: 'SB 12', title: 'Record Relief' }],
  partners: [
    { id: 'ptr-3', name: 'Cedar Clinic', sector: 'health', signOn: 'signed', signOrder: 2 },
    { id: 'ptr-1', name: 'Zion Chapel', sector: 'faith', signOn: 'signed', signOrder: 1 },
    { id: 'ptr-2', name: 'Acme Bakery', sector: 'business', signOn: 'signed' },
    { id: 'ptr-4', name: 'Declined Bank', sector: 'business', signOn: 'declined', signOrder: 3 },
    { id: 'ptr-5', name: 'Asked Co', sector: 'business', signOn: 'asked' },
  ],
});

describe('the coalition sign-on letter', () => {
  it('fills the signatories with the organizations that signed, in the chosen order', () => {
    const file = signOnLetterFile(coalition, 'en');
    expect(file.sections!.signatories!.text).toBe('- Zion Chapel\n- Cedar Clinic\n- Acme Bakery');
    expect(file.sections!.ask!.text).toContain('Pass SB 12');
    expect(file.metadata).toEqual({ billNumber: 'SB 12', billTitle: 'Record Relief' });
  });

  it('exports through the consent pipeline listing them in that order, and no one who did not sign', async () => {
    const template = builtInTemplate(SIGN_ON_TEMPLATE_ID)!;
    const s = await testimonySetup(template);
    const file = signOnLetterFile(coalition, 'en');
    await s.testimonies.save(s.testimony.id, {
      sections: { ...s.testimony.sections, ...(file.sections as typeof s.testimony.sections) },
    });
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    const docx = await s.pipeline(noPrinter).render(s.options(grant.id, { format: 'docx' }));
    const body = joinedText(docxParts(docx).get('word/document.xml')!);
    const at = (name: string) => body.indexOf(name);
    expect(at('Zion Chapel')).toBeGreaterThan(-1);
    expect(at('Zion Chapel')).toBeLessThan(at('Cedar Clinic'));
    expect(at('Cedar Clinic')).toBeLessThan(at('Acme Bakery'));
    expect(body).not.toContain('Declined Bank');
    expect(body).not.toContain('Asked Co');
  });
});
