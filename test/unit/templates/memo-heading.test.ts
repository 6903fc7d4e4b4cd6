import { afterAll, describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { buildTestimonyExport, headingStyle } from '../../../shared/testimony/build-testimony-export';
import { newTestimonyData } from '../../../shared/testimony/new-testimony';
import { testimonyFileSchema, toTestimonyFile, unofferedMemo } from '../../../shared/testimony/testimony-file';
import { noPrinter, removeOutDirs } from '../../support/pipeline-fixtures';
import { grantTerms, testimonySetup } from './testimony-pipeline-fixtures';

afterAll(() => removeOutDirs());

const state = builtInTemplate('us-state-written')!;
const METADATA = {
  committee: 'Senate Judiciary Committee',
  chamber: 'Senate',
  billNumber: 'SB 1042',
  billTitle: 'Wage Theft Remedies',
  sponsor: 'Sen. Ortiz',
  position: 'support',
  hearingDate: '2027-03-01',
};

function testimony(language: 'en' | 'es', style?: 'lines' | 'memo') {
  const t = newTestimonyData(state, { language, now: '2026-01-01T00:00:00.000Z' });
  return { ...t, metadata: METADATA, ...(style ? { headingStyle: style } : {}) };
}

describe('the memo switch (TO / FROM / RE / DATE)', () => {
  it('prints the state committee’s heading as a memo when the person chose it, in the document’s language', () => {
    const en = buildTestimonyExport(testimony('en', 'memo'), { language: 'en', witness: 'M. R.' });
    expect(en.headingBlock).toEqual([
      'TO: Senate Judiciary Committee, Senate',
      'FROM: M. R.',
      'RE: SB 1042 (Sen. Ortiz) — Wage Theft Remedies: Support',
      'DATE: March 1, 2027',
    ]);
    const es = buildTestimonyExport(testimony('es', 'memo'), { language: 'es', witness: 'M. R.' });
    expect(es.headingBlock.map((l) => l.split(':')[0])).toEqual(['PARA', 'DE', 'ASUNTO', 'FECHA']);
    expect(es.headingBlock[3]).toBe('FECHA: 1 de marzo de 2027');
  });

  it('keeps the caption by default and when the person switches back', () => {
    for (const t of [testimony('en'), testimony('en', 'lines')]) {
      const built = buildTestimonyExport(t, { language: 'en', witness: 'M. R.' });
      expect(built.headingBlock[0]).toBe('Testimony of M. R. in Support of SB 1042 (Sen. Ortiz) — Wage Theft Remedies');
    }
  });

  it('a template without a memo block prints its lines even if a file asks for a memo, and the file is refused', () => {
    const letter = builtInTemplate('letter')!;
    const t = {
      ...newTestimonyData(letter, { language: 'en', now: '2026-01-01T00:00:00.000Z' }),
      headingStyle: 'memo' as const,
    };
    expect(headingStyle(t)).toBe('lines');
    expect(unofferedMemo(letter, { headingStyle: 'memo' })).toBe(true);
    expect(unofferedMemo(state, { headingStyle: 'memo' })).toBe(false);
    expect(unofferedMemo(builtInTemplate('briefing')!, { headingStyle: 'memo' })).toBe(false);
  });

  it('is part of the JSON a file gives and show --json prints, and nothing else is taken', () => {
    const file = testimonyFileSchema.parse({ headingStyle: 'memo' });
    expect(file.headingStyle).toBe('memo');
    expect(testimonyFileSchema.safeParse({ headingStyle: 'letterhead' }).success).toBe(false);
    expect(toTestimonyFile({ ...testimony('en', 'memo'), title: 'x' })).toHaveProperty('headingStyle', 'memo');
    expect(toTestimonyFile({ ...testimony('en'), title: 'x' })).not.toHaveProperty('headingStyle');
  });

  it('the memo leaves through the release gate: the witness as the consent allows, a withheld field withheld', async () => {
    const s = await testimonySetup(state);
    await s.testimonies.save(s.testimony.id, { headingStyle: 'memo' });
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    const { document } = await s.pipeline(noPrinter).preview(s.options(grant.id));
    const memo = document.headingBlock ?? [];
    expect(memo.map((l) => l.split(':')[0])).toEqual(['TO', 'FROM', 'RE', 'DATE']);
    expect(memo[1]).toMatch(/^FROM: M\. Q\. V\./);
    expect(memo.join('\n')).not.toMatch(/Vantongeren|Quirina/);
  });
});
