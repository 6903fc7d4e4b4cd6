import { describe, expect, it } from 'vitest';
import { dropWithheldAffiliation } from '../../../shared/export/withheld-affiliation';

describe('an anonymous witness with a withheld affiliation', () => {
  it('prints no affiliation in the caption and no signature line announcing it', () => {
    expect(
      dropWithheldAffiliation(
        ['Statement of a survivor witness, [organization withheld]', 'before the Judiciary Committee'],
        'en',
      ),
    ).toEqual(['Statement of a survivor witness', 'before the Judiciary Committee']);
    expect(dropWithheldAffiliation(['Anónimo', '[organización omitida]'], 'es')).toEqual(['Anónimo']);
  });

  it('keeps every other placeholder, and an affiliation the consent lets out', () => {
    const lines = ['Statement of a survivor witness, Safe Harbor Network', '[place withheld]'];
    expect(dropWithheldAffiliation(lines, 'en')).toEqual(lines);
  });
});
