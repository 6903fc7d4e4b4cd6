import { scriptFontCss } from './script-fonts';

/**
 * What the print CSS adds for other scripts and right-to-left blocks: each tagged language's own
 * font stack, and lists and numbered paragraphs indented from the start side (the right) when a
 * block is right-to-left. Alignment needs nothing: nothing is forced left, so text starts at `dir`.
 */
const RTL_CSS = `
ul[dir="rtl"], ol[dir="rtl"] { padding-left: 0; padding-right: 0.5in; }
main.numbered > p[dir="rtl"], main.numbered > blockquote > p[dir="rtl"], main.numbered > ul > li[dir="rtl"],
main.numbered > ol > li[dir="rtl"] { padding-left: 0; padding-right: 0.4in; }
bdi { unicode-bidi: isolate; }
`.trim();

export function scriptCss(): string {
  return `${scriptFontCss()}\n${RTL_CSS}`;
}
