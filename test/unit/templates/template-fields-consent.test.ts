import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/templates';
import { noPrinter } from '../../support/pipeline-fixtures';
import { asRead, documentLines } from '../export-pipeline/document-text';
import { grantTerms, testimonySetup } from './testimony-pipeline-fixtures';

const SIGNATURE = {
  district: 'Fresno, Senate District 14',
  organization: 'Central Valley Survivor Council',
  contact: 'c/o Central Valley Justice Project, (559) 555-0199',
};

async function stateTestimony() {
  const s = await testimonySetup(builtInTemplate('us-state-written')!);
  await s.testimonies.save(s.testimony.id, { metadata: { ...s.testimony.metadata, ...SIGNATURE } });
  return s;
}

describe('template fields under the consent', () => {
  it('withholds the signature block of a state committee testimony when places, organizations and contacts are removed', async () => {
    const s = await stateTestimony();
    const grant = await s.grants.create(
      [s.testimony.id, s.story.id],
      grantTerms({ redact: { categories: ['place', 'organization', 'contact'], keep: [] } }),
    );
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id));
    const lines = documentLines(preview.document).join('\n');
    expect(lines).not.toMatch(/Fresno|District 14|Central Valley|555-0199/);
    expect(preview.document.signature?.map(asRead)).toEqual(
      expect.arrayContaining(['[place withheld]', '[organization withheld]', '[contact withheld]']),
    );
    expect(preview.report.unmarked).toMatchObject({ place: 1, organization: 1, contact: 1 });
  });

  it('prints them as written when the consent keeps those kinds', async () => {
    const s = await stateTestimony();
    const grant = await s.grants.create(
      [s.testimony.id, s.story.id],
      grantTerms({ redact: { categories: ['person'], keep: [] } }),
    );
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id));
    expect(preview.document.signature?.map(asRead)).toEqual(expect.arrayContaining(Object.values(SIGNATURE)));
  });

  it('withholds a quoted story’s marked detail in the testimony’s own words and in every field', async () => {
    const s = await stateTestimony();
    // "Rogelio Baptiste" is marked in the story; the writer types "Baptiste" in a section and a field.
    const section = s.quoting.id;
    await s.testimonies.save(s.testimony.id, {
      metadata: { ...s.testimony.metadata, ...SIGNATURE, recipient: 'Mr. Baptiste', billNumber: 'Baptiste Act' },
      sections: {
        ...s.testimony.sections,
        [section]: { ...s.testimony.sections[section]!, text: 'Baptiste took my papers. Then Rogelio left.' },
      },
    });
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id, { title: 'What Mr Baptiste did' }));
    const lines = documentLines(preview.document).join('\n');
    expect(lines).not.toMatch(/Baptiste|Rogelio/);
    expect(asRead(preview.document.title ?? '')).toBe('What [name withheld] did');
    // The continuation pages' header too: the witness as the consent names them, the bill as withheld.
    expect(asRead(preview.document.runningHeader ?? '')).toMatch(/^\S.* • \[name withheld\] Act$/);
    expect(preview.document.runningHeader).not.toMatch(/Baptiste|Rogelio|María|Ruiz/);
  });

  it('gives district, organization and contact a category in every built-in template that asks for them', () => {
    for (const id of ['us-state-written', 'letter', 'briefing', 'us-congress-written']) {
      for (const f of builtInTemplate(id)!.fields) {
        if (f.id === 'district') expect(f.category).toBe('place');
        if (f.id === 'organization') expect(f.category).toBe('organization');
        if (f.id === 'contact') expect(f.category).toBe('contact');
      }
    }
  });
});
