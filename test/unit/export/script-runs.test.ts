import { describe, expect, it } from 'vitest';
import {
  blockTexts,
  cjkLanguage,
  documentCjkLanguage,
  isVietnamese,
  paragraphContext,
  scriptSegments,
} from '../../../shared/export/script-runs';
import { fontStack, scriptFontCss } from '../../../shared/export/script-fonts';

const segs = (text: string, documentCjk?: Parameters<typeof paragraphContext>[1]) =>
  scriptSegments(text, paragraphContext([{ text }], documentCjk)).map((s) => [s.text, s.lang, s.isolate]);

describe('script segments', () => {
  it('splits a paragraph by script; neutrals stay with the letters before them', () => {
    expect(segs('He said: مرحبا، كيف حالك؟ Then left.')).toEqual([
      ['He said: ', null, false],
      ['مرحبا، كيف حالك؟ ', 'ar', false],
      ['Then left.', null, false],
    ]);
    expect(segs('— שלום')).toEqual([['— שלום', 'he', false]]);
    expect(segs('...')).toEqual([['...', null, false]]);
  });

  it('keeps a placeholder whole and in the document language, isolated only beside right-to-left text', () => {
    expect(segs('قال [name withheld] إنه غادر.')).toEqual([
      ['قال ', 'ar', false],
      ['[name withheld]', null, true],
      [' إنه غادر.', 'ar', false],
    ]);
    // The typographer's no-break spaces inside a placeholder do not hide it.
    expect(segs('قال [lugar\u00A0omitido].')).toEqual([
      ['قال ', 'ar', false],
      ['[lugar\u00A0omitido]', null, true],
      ['.', null, false],
    ]);
    // A left-to-right paragraph that quotes Arabic isolates its placeholders too.
    expect(segs('He said شكرا to [name withheld].')).toEqual([
      ['He said ', null, false],
      ['شكرا ', 'ar', false],
      ['to ', null, false],
      ['[name withheld]', null, true],
      ['.', null, false],
    ]);
    expect(segs('He met [name withheld] there.')).toEqual([
      ['He met ', null, false],
      ['[name withheld]', null, false],
      [' there.', null, false],
    ]);
  });

  it('tags Han by its paragraph: kana makes it Japanese, hangul Korean, traditional forms zh-TW', () => {
    expect(segs('我们在会议上发言')).toEqual([['我们在会议上发言', 'zh-CN', false]]);
    expect(segs('私は会議で話しました')).toEqual([['私は会議で話しました', 'ja', false]]);
    expect(segs('我們在會議上發言')).toEqual([['我們在會議上發言', 'zh-TW', false]]);
    expect(segs('韓國語 한국어')).toEqual([['韓國語 한국어', 'ko', false]]);
    // Kanji alone: the document's language decides.
    expect(segs('会議', 'ja')).toEqual([['会議', 'ja', false]]);
    expect(segs('会議')).toEqual([['会議', 'zh-CN', false]]);
  });

  it('tags Thai, and Latin text as Vietnamese only when its words carry Vietnamese letters', () => {
    expect(segs('สวัสดีครับ')).toEqual([['สวัสดีครับ', 'th', false]]);
    expect(segs('Tôi đã rời khỏi nhà.')).toEqual([['Tôi đã rời khỏi nhà.', 'vi', false]]);
    expect(isVietnamese('Toi da roi khoi nha vao buoi sang')).toBe(false);
    // One Vietnamese name in an English sentence does not make it Vietnamese.
    expect(isVietnamese('I met Nguyễn at the station on the second day of the trip')).toBe(false);
    // Decomposed input counts too.
    expect(isVietnamese('Tôi đã rời'.normalize('NFD'))).toBe(true);
  });

  it('finds the document CJK language from every block: kana or hangul anywhere, else Chinese by majority', () => {
    const texts = blockTexts([
      { type: 'heading', level: 1, runs: [{ text: '会議' }] },
      { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'これは' }] }]] },
      { type: 'blockquote', blocks: [{ type: 'paragraph', runs: [{ text: 'それは' }] }] },
      { type: 'paragraph', runs: [{ text: '我们' }] },
    ]);
    expect(texts).toEqual(['会議', 'これは', 'それは', '我们']);
    expect(documentCjkLanguage(texts)).toBe('ja');
    expect(documentCjkLanguage(['我们', '会议', '한국어'])).toBe('ko');
    expect(documentCjkLanguage(['我們', '會議', '我们'])).toBe('zh-TW');
    expect(documentCjkLanguage(['我们', '会议'])).toBe('zh-CN');
    expect(documentCjkLanguage(['hello'])).toBeNull();
    expect(cjkLanguage('hello')).toBeNull();
  });
});

describe('script fonts', () => {
  it('puts each script’s serif fonts first, TrueType CJK before CFF Noto, and ends on serif', () => {
    expect(fontStack('ar')).toMatch(/^"Noto Naskh Arabic", "Amiri", .*"Times New Roman".*, serif$/);
    expect(fontStack('zh-CN')).toMatch(/^"AR PL UMing CN", "SimSun", "Noto Serif CJK SC"/);
    expect(fontStack('ja')).toMatch(/^"IPAexMincho", "IPAMincho", "MS Mincho", "Noto Serif CJK JP"/);
    expect(fontStack(null)).toMatch(/^"Times New Roman", "Liberation Serif"/);
    const css = scriptFontCss();
    for (const lang of ['ar', 'he', 'zh-CN', 'zh-TW', 'ja', 'ko', 'th']) expect(css).toContain(`:lang(${lang}) {`);
  });
});
