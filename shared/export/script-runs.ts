import { PLACEHOLDERS } from '../consent/placeholders';
import type { Block, InlineRun } from './export-document';
import { tableTexts } from './table-block';
import { containsRtl } from './text-direction';

/**
 * The language a stretch of text is tagged with when it is not in the document's own language, so
 * Word, LibreOffice and Chromium choose fonts, shaping and line breaking for its script (a Chinese
 * character is drawn differently in Japanese; Thai breaks lines by words it must look up).
 */
export type ScriptLanguage = 'ar' | 'he' | 'zh-CN' | 'zh-TW' | 'ja' | 'ko' | 'th' | 'vi';
export type CjkLanguage = Extract<ScriptLanguage, 'zh-CN' | 'zh-TW' | 'ja' | 'ko'>;

export interface ScriptSegment {
  text: string;
  /** null: the document's own language. */
  lang: ScriptLanguage | null;
  /**
   * A release-gate placeholder ("[name withheld]") in a paragraph with right-to-left text: the
   * renderers isolate it (FSI…PDI, <bdi>) so its Latin words do not reorder the sentence around it.
   */
  isolate: boolean;
}

type Script = 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'latin' | 'other';

const SCRIPTS: readonly (readonly [Script, RegExp])[] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/*
 * Whole-text tests that let most paragraphs skip the character-by-character walks below: a text
 * with none of these characters gives the same answer as the walk, found by one native regex scan
 * instead of several tests per character (a 30-page story in Latin letters has 70,000 of them).
 */
/** A character of a script tagged with a language of its own (languageOf), letter or not. */
const TAGGED_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A character of a CJK script (cjkLanguage), letter or not. */
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The script of a letter; null for marks, digits, spaces and punctuation (they join a neighbour). */
function scriptOf(char: string): Script | null {
  if (!LETTER.test(char)) return null;
  return SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'other';
}

/**
 * Letters only Vietnamese uses among the Latin-script languages Harbor meets: ă, đ, ơ, ư and the
 * vowels with a dot below or a hook above (U+1EA0–U+1EF9), compared precomposed (NFC).
 */
const VIETNAMESE_LETTER = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/u;
/** Without one of these, no word is Vietnamese even after NFC (which composes only with marks). */
const MAYBE_VIETNAMESE = /[\p{M}ăĂđĐơƠưƯ\u1EA0-\u1EF9]/u;

/**
 * A few of the commonest characters written differently in Traditional and Simplified Chinese: a
 * paragraph with more of the first is tagged zh-TW (its fonts draw the traditional forms).
 */
const TRADITIONAL = new Set('們這個來說為國會時對應與後從還點過發經問關學實現動體聽證據議員權讓開難當');
const SIMPLIFIED = new Set('们这个来说为国会时对应与后从还点过发经问关学实现动体听证据议员权让开难当');

/** The CJK language of a text: Japanese with kana, Korean with hangul, else Chinese; null with none. */
export function cjkLanguage(text: string): CjkLanguage | null {
  if (!CJK_SCRIPT.test(text)) return null;
  let han = false;
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    const script = scriptOf(char);
    if (script === 'kana') return 'ja';
    if (script === 'hangul') return 'ko';
    if (script !== 'han') continue;
    han = true;
    if (TRADITIONAL.has(char)) traditional++;
    if (SIMPLIFIED.has(char)) simplified++;
  }
  if (!han) return null;
  return traditional > simplified ? 'zh-TW' : 'zh-CN';
}

/** Vietnamese when at least a fifth of the Latin words carry a letter only Vietnamese uses. */
export function isVietnamese(text: string): boolean {
  if (!MAYBE_VIETNAMESE.test(text)) return false;
  const words = text.match(/[\p{Script=Latin}\p{M}]+/gu) ?? [];
  const marked = words.filter((w) => VIETNAMESE_LETTER.test(w.normalize('NFC')));
  return marked.length > 0 && marked.length * 5 >= words.length;
}

/** Every placeholder in either language, matched with ordinary or no-break spaces inside. */
const PLACEHOLDER = new RegExp(
  [...new Set(Object.values(PLACEHOLDERS).flatMap((byCategory) => Object.values(byCategory)))]
    .map((p) => p.replace(/[[\]]/g, (c) => `\\${c}`).replace(/ /g, '[ \\u00A0\\u202F]'))
    .join('|'),
  'gu',
);

const PLACEHOLDER_WHOLE = new RegExp(`^(?:${PLACEHOLDER.source})$`, 'u');

export interface ParagraphContext {
  cjk: CjkLanguage;
  vietnamese: boolean;
  rtl: boolean;
  /** The witness as the consent shows them ("M. R."): isolated like a placeholder. */
  identity?: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The identity as a whole word, with ordinary or no-break spaces inside; null for none. */
export function identityPattern(identity: string | undefined): RegExp | null {
  const text = identity?.trim();
  if (!text) return null;
  const body = text
    .split(/[ \u00A0\u202F]+/)
    .map(escapeRegExp)
    .join('[ \\u00A0\\u202F]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * What a paragraph's runs need to be tagged: its CJK language (the document's when the paragraph
 * alone cannot tell), whether its Latin text is Vietnamese, whether it holds right-to-left text.
 */
export function paragraphContext(
  runs: readonly InlineRun[],
  documentCjk: CjkLanguage = 'zh-CN',
  identity?: RegExp | null,
): ParagraphContext {
  const text = runs.map((r) => r.text).join('');
  const found = cjkLanguage(text);
  // Hanzi alone cannot tell Chinese from Japanese kanji: the document's other paragraphs can.
  const cjk = found === 'zh-CN' && documentCjk !== 'zh-CN' ? documentCjk : (found ?? documentCjk);
  const rtl = containsRtl(text);
  return { cjk, vietnamese: isVietnamese(text), rtl, ...(rtl && identity ? { identity } : {}) };
}

function languageOf(script: Script, ctx: ParagraphContext): ScriptLanguage | null {
  switch (script) {
    case 'arabic':
      return 'ar';
    case 'hebrew':
      return 'he';
    case 'han':
      return ctx.cjk;
    case 'kana':
      return 'ja';
    case 'hangul':
      return 'ko';
    case 'thai':
      return 'th';
    case 'latin':
      return ctx.vietnamese ? 'vi' : null;
    case 'other':
      return null;
  }
}

/**
 * Splits one run's text into stretches of one language. Spaces, digits and punctuation stay with
 * the letters before them (with the letters after them at the start), so "مرحبا، " is one Arabic
 * stretch; a placeholder is always a stretch of its own, in the document's language.
 */
export function scriptSegments(text: string, ctx: ParagraphContext): ScriptSegment[] {
  const out: ScriptSegment[] = [];
  let last = 0;
  const pattern = ctx.identity
    ? new RegExp(`${PLACEHOLDER.source}|${ctx.identity.source}`, 'gu')
    : new RegExp(PLACEHOLDER.source, 'gu');
  for (const m of text.matchAll(pattern)) {
    out.push(...languageSegments(text.slice(last, m.index), ctx));
    // The identity keeps its script's language when it has one (a pseudonym in Arabic letters).
    const own = PLACEHOLDER_WHOLE.test(m[0]) ? [] : languageSegments(m[0], ctx);
    out.push({ text: m[0], lang: own.length === 1 ? own[0]!.lang : null, isolate: ctx.rtl });
    last = m.index + m[0].length;
  }
  out.push(...languageSegments(text.slice(last), ctx));
  return out;
}

function languageSegments(text: string, ctx: ParagraphContext): ScriptSegment[] {
  // Every letter in the document's own language: one stretch, as the walk below would make it.
  if (!ctx.vietnamese && !TAGGED_SCRIPT.test(text)) return text ? [{ text, lang: null, isolate: false }] : [];
  const out: ScriptSegment[] = [];
  let pending = '';
  for (const char of text) {
    const script = MARK.test(char) ? null : scriptOf(char);
    const current = out.at(-1);
    if (script === null) {
      if (current) current.text += char;
      else pending += char;
      continue;
    }
    const lang = languageOf(script, ctx);
    if (current && current.lang === lang) current.text += char;
    else out.push({ text: pending + char, lang, isolate: false });
    pending = '';
  }
  if (pending) out.push({ text: pending, lang: null, isolate: false });
  return out;
}

/** The text of every paragraph and heading, lists and quotations included. */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [b.runs.map((r) => r.text).join('')];
      case 'list':
        return b.items.flatMap(blockTexts);
      case 'blockquote':
        return blockTexts(b.blocks);
      case 'table':
        return tableTexts(b);
    }
  });
}

/**
 * The East Asian language of the whole document: Japanese or Korean when any paragraph has kana or
 * hangul (the more often of the two), so a heading of kanji alone in a Japanese document is tagged
 * Japanese; otherwise Chinese, traditional when most Chinese paragraphs are; null without CJK.
 */
export function documentCjkLanguage(texts: Iterable<string>): CjkLanguage | null {
  const counts: Record<CjkLanguage, number> = { 'zh-CN': 0, 'zh-TW': 0, ja: 0, ko: 0 };
  for (const text of texts) {
    const lang = cjkLanguage(text);
    if (lang) counts[lang]++;
  }
  if (counts.ja + counts.ko > 0) return counts.ko > counts.ja ? 'ko' : 'ja';
  if (counts['zh-CN'] + counts['zh-TW'] === 0) return null;
  return counts['zh-TW'] > counts['zh-CN'] ? 'zh-TW' : 'zh-CN';
}
