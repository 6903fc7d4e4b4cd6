import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/index';
import type { ExportDocument } from '../../../shared/export/export-document';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { identityPattern, paragraphContext, scriptSegments } from '../../../shared/export/script-runs';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { exportDoc } from './helpers/fixtures';

const FSI = '\u2068';
const PDI = '\u2069';

/** A testimony whose hearing details were typed in Arabic, the witness shown as "M. R.". */
const doc = (partial: Partial<ExportDocument> = {}): ExportDocument =>
  exportDoc({
    title: null,
    byline: null,
    identity: 'M. R.',
    headingBlock: ['لجنة العدل في مجلس الشيوخ', 'Testimony of M. R. on SB 9'],
    salutation: 'السادة أعضاء اللجنة، تحية طيبة:',
    blocks: [
      { type: 'paragraph', runs: [{ text: 'قالت M. R. إنها غادرت المدينة.' }] },
      { type: 'paragraph', runs: [{ text: 'Then M. R. left the city.' }] },
    ],
    signature: ['الشاهدة M. R.', 'M. R.', '[organization withheld] في القدس'],
    ...partial,
  });

/** Each <w:p> of the body with its properties, as written. */
const paragraphs = (docx: Buffer) =>
  [
    ...docxParts(docx)
      .get('word/document.xml')!
      .matchAll(/<w:p>([\s\S]*?)<\/w:p>/g),
  ].map((m) => m[1]!);

describe('front-matter lines take direction and language like body paragraphs', () => {
  it('print HTML: dir="rtl" on the Arabic heading line, salutation and signature lines, none on the English ones', () => {
    const html = renderPrintHtml(doc());
    expect(html).toContain('<p dir="rtl"><span lang="ar">لجنة العدل في مجلس الشيوخ</span></p>');
    expect(html).toContain('<p>Testimony of M. R. on SB 9</p>');
    expect(html).toContain(
      '<p class="salutation" dir="rtl"><span lang="ar">السادة أعضاء اللجنة، تحية طيبة:</span></p>',
    );
    expect(html).toContain('<p>M. R.</p>');
  });

  it('print HTML: the chosen identity is isolated with <bdi> in right-to-left lines and paragraphs, as a placeholder is', () => {
    const html = renderPrintHtml(doc());
    expect(html).toContain('<p dir="rtl"><span lang="ar">الشاهدة </span><bdi>M. R.</bdi></p>');
    expect(html).toContain(
      '<p dir="rtl"><span lang="ar">قالت </span><bdi>M. R.</bdi><span lang="ar"> إنها غادرت المدينة.</span></p>',
    );
    expect(html).toContain('<bdi>[organization withheld]</bdi>');
    // Left-to-right text is left as it is.
    expect(html).toContain('<p>Then M. R. left the city.</p>');
  });

  it('a byline in Arabic letters (a pseudonym) is right-to-left, isolated and still tagged Arabic', () => {
    const html = renderPrintHtml(doc({ byline: 'سارة', identity: 'سارة', title: 'شهادتي' }));
    expect(html).toContain('<p class="byline" dir="rtl"><bdi lang="ar">سارة</bdi></p>');
  });

  it('DOCX: w:bidi on the Arabic front-matter paragraphs, w:rtl and w:lang on their Arabic runs, FSI/PDI around the identity', async () => {
    const docx = await exportDocx(doc());
    const all = paragraphs(docx);
    const find = (text: string) => all.find((p) => joinedText(p).includes(text))!;
    const heading = find('لجنة العدل');
    expect(heading).toMatch(/^<w:pPr><w:widowControl\/>(?:<[^>]+>)*<w:bidi\/>/);
    expect(heading).toContain('<w:rtl/>');
    expect(heading).toContain('w:bidi="ar-SA"');
    expect(find('Testimony of')).not.toContain('<w:bidi/>');
    expect(find('السادة')).toContain('<w:bidi/>');
    const signed = find('الشاهدة');
    expect(signed).toContain('<w:bidi/>');
    expect(joinedText(signed)).toBe(`الشاهدة ${FSI}M. R.${PDI}`);
    expect(joinedText(find('قالت'))).toBe(`قالت ${FSI}M. R.${PDI} إنها غادرت المدينة.`);
    expect(joinedText(find('Then'))).toBe('Then M. R. left the city.');
    // The identity alone on its line is left-to-right and not isolated.
    const alone = all.find((p) => joinedText(p) === 'M. R.')!;
    expect(alone).not.toContain('<w:bidi/>');
  });

  it('matches the identity as a whole word, with no-break spaces too, and never inside another word', () => {
    const pattern = identityPattern('Ana');
    const segments = (text: string) =>
      scriptSegments(text, paragraphContext([{ text }], undefined, pattern))
        .filter((s) => s.isolate)
        .map((s) => s.text);
    expect(segments('قالت Ana ذلك')).toEqual(['Ana']);
    expect(segments('قالت Anabel ذلك')).toEqual([]);
    expect(identityPattern('M. R.')!.test('قالت M.\u00A0R. ذلك')).toBe(true);
    expect(identityPattern('  ')).toBeNull();
    expect(identityPattern(undefined)).toBeNull();
  });
});
