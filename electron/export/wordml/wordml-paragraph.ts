import { numPrXml } from './wordml-numbering';
import { attrs, onOff } from './wordml-xml';

/** Where a numbered paragraph sits in its list: its `w:numId` and level. */
export interface NumberingUse {
  numId: number;
  level: number;
  /** A body paragraph numbered in sequence (Normal), not a list item (which Word styles ListParagraph). */
  custom?: boolean;
}

/** The paragraph formatting Harbor uses, written in the order Word's schema (and docx) expects. */
export interface ParagraphProps {
  /** Heading1…3 or Title. */
  heading?: string;
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  numbering?: NumberingUse;
  bidirectional?: boolean;
  spacing?: { after?: number; before?: number; line?: number };
  indent?: { left?: number; right?: number; hanging?: number };
  alignment?: 'start' | 'center' | 'end' | 'left' | 'right';
}

/** Left and right swap in a right-to-left paragraph, as they do in docx. */
const RIGHT_TO_LEFT: Partial<Record<string, string>> = { left: 'right', right: 'left' };

/**
 * `<w:pPr>`. Every paragraph Harbor writes has widow and orphan control on (w:widowControl), so no
 * page starts or ends with a paragraph's lone line, as the PDF's CSS orphans/widows do.
 */
export function paragraphPropsXml(p: ParagraphProps): string {
  let out = '';
  if (p.heading) out += `<w:pStyle w:val="${p.heading}"/>`;
  if (p.numbering && !p.numbering.custom && !p.style && !p.heading) out += '<w:pStyle w:val="ListParagraph"/>';
  if (p.style) out += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext !== undefined) out += onOff('w:keepNext', p.keepNext);
  if (p.keepLines !== undefined) out += onOff('w:keepLines', p.keepLines);
  out += '<w:widowControl/>';
  if (p.numbering) out += numPrXml(p.numbering.numId, p.numbering.level);
  if (p.bidirectional !== undefined) out += onOff('w:bidi', p.bidirectional);
  if (p.spacing) {
    const s = p.spacing;
    out += `<w:spacing${attrs([
      ['w:after', s.after],
      ['w:before', s.before],
      ['w:line', s.line],
    ])}/>`;
  }
  if (p.indent) {
    const i = p.indent;
    out += `<w:ind${attrs([
      ['w:left', i.left],
      ['w:right', i.right],
      ['w:hanging', i.hanging],
    ])}/>`;
  }
  if (p.alignment) out += `<w:jc w:val="${(p.bidirectional && RIGHT_TO_LEFT[p.alignment]) || p.alignment}"/>`;
  return `<w:pPr>${out}</w:pPr>`;
}

/** A whole paragraph: its properties, then its runs (already written). */
export const paragraphXml = (p: ParagraphProps, runs = '') => `<w:p>${paragraphPropsXml(p)}${runs}</w:p>`;
