import { describe, expect, it } from 'vitest';
import { BILL_STEP_KINDS } from '../../../shared/campaign/campaign-data';
import { REPORT_LABELS } from '../../../shared/campaign/report-labels';
import { LANGS } from '../../../shared/core/lang-codes';
import { resources } from '../../../renderer/src/i18n/resources';

describe('the campaign report names each bill step as the app does', () => {
  for (const lang of LANGS)
    for (const kind of BILL_STEP_KINDS)
      it(`${kind}, in ${lang}`, () => {
        expect(REPORT_LABELS[lang].steps[kind]).toBe(resources[lang].translation.campaigns.step[kind]);
      });
});
