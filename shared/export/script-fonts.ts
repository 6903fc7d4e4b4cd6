import type { CjkLanguage, ScriptLanguage } from './script-runs';

/**
 * Serif fonts for each script, in the order they are tried (docs/templates.md, "Fonts"). The PDF
 * gets the whole list as a CSS stack; a DOCX can name one font per character class, so it names the
 * first and Word or LibreOffice substitutes an installed one with the same script.
 *
 * CJK: TrueType-outlined fonts come before Noto Serif CJK because Chromium's PDF writer (Skia)
 * embeds only TrueType outlines as CID fonts; a CFF-outlined font such as Noto Serif CJK or Source
 * Han Serif is drawn as Type 3 fonts of 255 glyphs each (dozens per page, no font name).
 */
export const LATIN_FONTS = ['Times New Roman', 'Liberation Serif', 'Tinos', 'Times', 'Noto Serif', 'DejaVu Serif'];

export const SCRIPT_FONTS: Record<ScriptLanguage, readonly string[]> = {
  ar: ['Noto Naskh Arabic', 'Amiri', 'Noto Serif Arabic', 'Times New Roman', 'DejaVu Sans'],
  he: ['Noto Serif Hebrew', 'Times New Roman', 'Liberation Serif', 'David', 'DejaVu Sans'],
  'zh-CN': ['Noto Serif CJK SC', 'AR PL UMing CN', 'SimSun', 'Songti SC', 'Source Han Serif SC'],
  'zh-TW': ['Noto Serif CJK TC', 'AR PL UMing TW', 'PMingLiU', 'Songti TC', 'Source Han Serif TC'],
  ja: ['Noto Serif CJK JP', 'IPAexMincho', 'IPAMincho', 'MS Mincho', 'Hiragino Mincho ProN', 'Source Han Serif'],
  ko: ['Noto Serif CJK KR', 'NanumMyeongjo', 'Batang', 'AppleMyungjo', 'Source Han Serif K'],
  th: ['Noto Serif Thai', 'Tlwg Typo', 'Angsana New', 'Tahoma', 'Noto Sans Thai'],
  vi: LATIN_FONTS,
};

/** The TrueType-outlined CJK fonts Chromium can embed as CID fonts, tried first in the PDF. */
export const CJK_TRUETYPE_FIRST: Record<CjkLanguage, readonly string[]> = {
  'zh-CN': ['AR PL UMing CN', 'SimSun'],
  'zh-TW': ['AR PL UMing TW', 'PMingLiU'],
  ja: ['IPAexMincho', 'IPAMincho', 'MS Mincho'],
  ko: ['NanumMyeongjo', 'Batang'],
};

const quote = (font: string) => `"${font}"`;

/** A CSS font-family value: the script's fonts (TrueType CJK first), the Latin serif, then serif. */
export function fontStack(lang: ScriptLanguage | null): string {
  const own = lang === null ? [] : SCRIPT_FONTS[lang];
  const first = lang !== null && lang in CJK_TRUETYPE_FIRST ? CJK_TRUETYPE_FIRST[lang as CjkLanguage] : [];
  return [...new Set([...first, ...own, ...LATIN_FONTS])].map(quote).concat('serif').join(', ');
}

/** The first-choice font for a DOCX run's character class. */
export const docxFont = (lang: ScriptLanguage) => SCRIPT_FONTS[lang][0]!;

/** Rules for runs tagged with a language (script-runs): each script's own serif stack. */
export function scriptFontCss(): string {
  return (Object.keys(SCRIPT_FONTS) as ScriptLanguage[])
    .filter((lang) => lang !== 'vi')
    .map((lang) => `:lang(${lang}) { font-family: ${fontStack(lang)}; }`)
    .join('\n');
}
