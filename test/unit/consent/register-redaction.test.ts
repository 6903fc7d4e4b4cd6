import { describe, expect, it } from 'vitest';
import type { DocNode as PMNode, StoryDoc } from '../../../shared/core/story-doc';
import { applyConsent, CHANGE_MARK, grantTermsSchema, type GrantTerms } from '../../../shared/consent';
import { registerFromDoc } from '../../../shared/story/detail-register';

const terms = (over: Partial<GrantTerms> = {}): GrantTerms =>
  grantTermsSchema.parse({
    audience: { kind: 'legislative-committee', name: 'the committee' },
    purpose: 'the hearing',
    identity: { mode: 'full' },
    redact: { categories: ['person', 'place'], keep: [] },
    formats: ['pdf'],
    expiresOn: '2027-03-01',
    publicRecordAcknowledged: true,
    ...over,
  });

const text = (t: string, marks?: PMNode['marks']): PMNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const sens = (category: string, id: string) => [{ type: 'sensitive', attrs: { category, id } }];
const bold = [{ type: 'bold' }];
const br: PMNode = { type: 'hardBreak' };
const para = (...content: PMNode[]): PMNode => ({ type: 'paragraph', content });
// Built loosely, as stored JSON the transform must read defensively (malformed on purpose here and there).
const doc = (...content: PMNode[]) => ({ type: 'doc', content }) as StoryDoc;
const allText = (n: PMNode): string =>
  n.type === 'hardBreak' ? '\n' : (n.text ?? '') + (n.content ?? []).map(allText).join('');
const noAuthor = { full: '' };

describe('applyConsent with the detail register', () => {
  it('replaces a later unmarked "Victor" once "Victor Salgado" is marked, and counts it as unmarked', () => {
    const d = doc(
      para(text('I met '), text('Victor Salgado', sens('person', 'p1')), text(' in 2019.')),
      para(text('Later Victor came back; VÍCTOR’s car was outside.')),
    );
    const { doc: out, report } = applyConsent(d, terms(), noAuthor);
    expect(allText(out)).toBe(
      'I met [name withheld] in 2019.Later [name withheld] came back; [name withheld] car was outside.',
    );
    expect(report.redacted).toEqual({ person: 3 });
    expect(report.unmarked).toEqual({ person: 2 });
  });

  it('replaces unmarked "Mr. Vance" and "Mr Vance" once "Teodoro Vance" is marked', () => {
    const d = doc(
      para(text('Teodoro Vance', sens('person', 'p1'))),
      para(text('Mr. Vance said no. Then mr vance left.')),
    );
    expect(allText(applyConsent(d, terms(), noAuthor).doc)).toBe(
      '[name withheld][name withheld] said no. Then [name withheld] left.',
    );
  });

  it('uses the saved register: a variant turned off is left, an added one is found', () => {
    const d = doc(para(text('Victor Salgado', sens('person', 'p1'))), para(text('Victor and Vico and Salgado')));
    const register = registerFromDoc(d).map((det) => ({
      ...det,
      variants: [
        ...det.variants.map((v) => ({ ...v, on: v.text !== 'Victor' })),
        { text: 'Vico', on: true, added: true },
      ],
    }));
    expect(allText(applyConsent(d, terms(), noAuthor, 'en', { registers: [register] }).doc)).toBe(
      '[name withheld]Victor and [name withheld] and [name withheld]',
    );
  });

  it('finds a detail split across bold runs and across a line break, and redacts paragraphs with line breaks', () => {
    const d = doc(
      para(text('Fresno', sens('place', 'l1'))),
      para(text('We drove to Fr'), text('esno', bold), br, text('and back to Fresno.')),
      para(text('Fresno'), br, text('again')),
    );
    const out = applyConsent(d, terms(), noAuthor).doc;
    expect(allText(out)).not.toMatch(/fresno|esno/i);
    expect(allText(out.content![1]!)).toBe('We drove to [place withheld]\nand back to [place withheld].');
    expect(out.content![2]!.content).toEqual([text('[place withheld]'), br, text('again')]);
  });

  it('does not touch categories the consent keeps, nor details the writer chose to keep', () => {
    const d = doc(
      para(text('Fresno', sens('place', 'l1')), text(', Victor', sens('person', 'p1'))),
      para(text('Fresno Victor')),
    );
    const kept = applyConsent(d, terms({ redact: { categories: ['person'], keep: ['p1'] } }), noAuthor).doc;
    expect(allText(kept)).toBe('Fresno, VictorFresno Victor');
  });

  it('matches the author’s own name across formatting runs ("Ma**ria**" under initials)', () => {
    const d = doc(
      para(text('Ma'), text('ria', bold), text(' escaped. '), text('MARÍA', bold), text(' R'), text('uiz', bold)),
    );
    const { doc: out, report } = applyConsent(d, terms({ identity: { mode: 'initials' } }), { full: 'María Ruiz' });
    expect(allText(out)).toBe('M. R. escaped. M. R.');
    expect(report.identityReplacements).toBe(2);
  });

  it('matches the author’s name across a line break', () => {
    const d = doc(para(text('Signed, María'), br, text('Ruiz')));
    expect(allText(applyConsent(d, terms({ identity: { mode: 'anonymous' } }), { full: 'María Ruiz' }).doc)).toBe(
      'Signed, [name withheld]',
    );
  });

  it('replaces both when a withheld detail overlaps the author’s name', () => {
    const d = doc(para(text('Ruiz Street', sens('place', 'l1'))), para(text('María Ruiz Street')));
    const out = allText(applyConsent(d, terms({ identity: { mode: 'first' } }), { full: 'María Ruiz' }).doc);
    expect(out).toBe('[place withheld][place withheld]');
  });

  it('flags every replacement for the preview, marked or not', () => {
    const d = doc(para(text('Victor', sens('person', 'p1')), text(' and Victor')));
    const out = applyConsent(d, terms(), noAuthor, 'en', { flagChanges: true }).doc;
    const flagged = (out.content![0] as PMNode).content!.filter((n) => n.marks?.some((m) => m.type === CHANGE_MARK));
    expect(flagged.map((n) => n.text)).toEqual(['[name withheld]', '[name withheld]']);
    expect(JSON.stringify(out)).not.toContain('sensitive');
  });
});
