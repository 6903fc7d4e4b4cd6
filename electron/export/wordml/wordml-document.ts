import { bylinePlacement } from '../../../shared/export/byline-placement';
import type { ExportDocument, InlineRun } from '../../../shared/export/export-document';
import { PAGE_MARGIN_INCHES, PAPER, TWIPS_PER_INCH } from '../../../shared/export/paper';
import { paragraphDirection } from '../docx-scripts';
import { bodyXml, type BodyContext } from './wordml-body';
import { DOCUMENT_OPEN } from './wordml-fixed-parts';
import { paragraphXml, type ParagraphProps } from './wordml-paragraph';
import { runsXml } from './wordml-run';
import { COVER_NOTE_STYLE } from './wordml-names';

const MARGIN = PAGE_MARGIN_INCHES * TWIPS_PER_INCH;

/** The page's text column in twips: what a table's columns share. */
export const textWidth = (doc: Pick<ExportDocument, 'paper'>) => PAPER[doc.paper].twips.width - 2 * MARGIN;

/** The relationship ids of the section's headers and footers, by which pages they are for. */
export interface PageReferences {
  headers: { type: 'default' | 'first'; rId: string }[];
  footers: { type: 'default' | 'first'; rId: string }[];
  /** A different first page (its own header and footer). */
  titlePage: boolean;
}

/** A front-matter line: direction, language tags and isolates as in body paragraphs. */
const line = (run: InlineRun, props: ParagraphProps, ctx: BodyContext) =>
  paragraphXml({ ...props, ...paragraphDirection([run]) }, runsXml([run], ctx.scripts));

/**
 * `word/document.xml` of an (already normalised, consent-transformed) export document: the front
 * matter in the order the venue expects, the body, the signature, and the one section's page setup.
 */
export function documentXml(doc: ExportDocument, ctx: BodyContext, pages: PageReferences): string {
  let heading = '';
  const caption = doc.captionCentered === true;
  doc.headingBlock?.forEach((text, i, all) => {
    heading += line(
      caption ? { text, bold: true } : { text },
      {
        spacing: { after: i === all.length - 1 ? 360 : 0 },
        ...(caption ? { alignment: 'center' } : {}),
      },
      ctx,
    );
  });
  const titled = doc.title ? line({ text: doc.title }, { heading: 'Title' }, ctx) : '';
  let out = doc.titleFirst ? titled + heading : heading + titled;
  const { lead, rest } = bylinePlacement(doc);
  out += bodyXml(lead, false, ctx);
  if (doc.byline)
    out += line({ text: doc.byline, italic: true }, { alignment: 'center', spacing: { after: 360 } }, ctx);
  if (doc.coverNote) out += paragraphXml({ style: COVER_NOTE_STYLE }, runsXml([{ text: doc.coverNote }], ctx.scripts));
  if (doc.salutation) out += line({ text: doc.salutation }, {}, ctx);
  out += bodyXml(rest, doc.numberedParagraphs === true, ctx);
  (doc.signature ?? []).forEach((text, i) => {
    out += line({ text }, { keepNext: true, spacing: i === 0 ? { before: 480, after: 0 } : { after: 0 } }, ctx);
  });
  return `${DOCUMENT_OPEN}<w:body>${out}${sectionXml(doc, pages)}</w:body></w:document>`;
}

function sectionXml(doc: ExportDocument, pages: PageReferences): string {
  const { width, height } = PAPER[doc.paper].twips;
  const refs =
    pages.headers.map((h) => `<w:headerReference w:type="${h.type}" r:id="${h.rId}"/>`).join('') +
    pages.footers.map((f) => `<w:footerReference w:type="${f.type}" r:id="${f.rId}"/>`).join('');
  return (
    `<w:sectPr>${refs}<w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="${MARGIN / 2}" w:footer="${MARGIN / 2}" w:gutter="0"/>` +
    `<w:pgNumType/>${pages.titlePage ? '<w:titlePg/>' : '<w:titlePg w:val="false"/>'}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}
