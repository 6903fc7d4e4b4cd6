import { describe, expect, it } from 'vitest';
import { CHAMBERS } from '../../../shared/campaign/campaign-data';
import { CHAMBER_NAMES } from '../../../shared/campaign/chamber-names';
import { LANGS } from '../../../shared/core/lang-codes';
import { resources } from '../../../renderer/src/i18n/resources';

describe('the command line names each chamber as the app does', () => {
  for (const lang of LANGS)
    for (const chamber of CHAMBERS)
      it(`${chamber}, in ${lang}`, () => {
        expect(CHAMBER_NAMES[lang][chamber]).toBe(resources[lang].translation.campaigns.chamber[chamber]);
      });
});
