import { AlignmentType, Document, HeadingLevel, Packer, type Paragraph, type Table } from 'docx';
import { optional } from '../../../shared/core/optional';
import { docxHeadersFooters } from './running-header';
import type { ExportDocument, InlineRun } from '../../../shared/export/export-document';
import { normalizeExportDocument } from '../../../shared/export/normalize-export-document';
import { PAGE_MARGIN_INCHES, PAPER, TWIPS_PER_INCH } from '../../../shared/export/paper';
import type { ChartPictureOrNote } from '../../../electron/export/chart-png';
import { bodyParagraphs, orderedStarts, paragraph, textRuns } from './blocks';
import { docxParts, numberDrawingsFromOne } from './parts';
import { docxNumbering, docxStyles } from './styles';
import { COVER_NOTE_STYLE } from '../../../electron/export/wordml/wordml-names';
import { paragraphDirection } from '../../../electron/export/docx-scripts';
import { NEUTRAL_AUTHOR } from '../../../electron/export/neutral-metadata';
import { bylinePlacement } from '../../../shared/export/byline-placement';
import { blockTexts, documentCjkLanguage, identityPattern } from '../../../shared/export/script-runs';
import type { ZipEntry } from '../../../electron/export/zip';

/*
 * The reference the hand-written Word writer (electron/export/wordml) is held to: a copy of the
 * renderer that built the Word file with the `docx` package, kept in the tests so production no
 * longer loads docx while every writer change is still compared with what docx writes
 * (wordml-matches-docx.test.ts). Copied, not imported: the production files it came from change.
 */

/**
 * The Word file as docx zips it. It still carries the library's own package parts and
 * timestamps: compare it only after the scrubber. Charts are placed as the pictures given (keyed
 * by their SVG, see chart-png.ts); without one, a chart's table stands alone.
 */
export async function renderDocxWithDocx(
  input: ExportDocument,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(input, pictures));
}

/**
 * The same Word file's parts, not zipped (parts.ts), as production's renderDocxParts returns them
 * and with its drawings numbered as in a fresh process: the differential test scrubs both and
 * compares them part by part.
 */
export function renderDocxPartsWithDocx(
  input: ExportDocument,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): ZipEntry[] {
  return numberDrawingsFromOne(docxParts(docxDocument(input, pictures)));
}

function docxDocument(input: ExportDocument, pictures: ReadonlyMap<string, ChartPictureOrNote>): Document {
  const doc = normalizeExportDocument(input);
  const margin = PAGE_MARGIN_INCHES * TWIPS_PER_INCH;
  const tight = { spacing: { after: 0 } };
  const scripts = {
    language: doc.language,
    cjk: documentCjkLanguage(blockTexts(doc.blocks)) ?? undefined,
    identity: identityPattern(doc.identity),
  };
  // Front-matter lines: direction, language tags and isolates as in body paragraphs.
  const lineRuns = (run: InlineRun) => ({ children: textRuns([run], scripts), ...paragraphDirection([run]) });

  const heading: Paragraph[] = [];
  const caption = doc.captionCentered === true;
  doc.headingBlock?.forEach((line, i, all) =>
    heading.push(
      paragraph({
        ...lineRuns(caption ? { text: line, bold: true } : { text: line }),
        spacing: { after: i === all.length - 1 ? 360 : 0 },
        ...(caption ? { alignment: AlignmentType.CENTER } : {}),
      }),
    ),
  );
  const titled: Paragraph[] = [];
  if (doc.title) {
    const title = [{ text: doc.title }];
    titled.push(
      paragraph({ children: textRuns(title, scripts), heading: HeadingLevel.TITLE, ...paragraphDirection(title) }),
    );
  }
  const front: (Paragraph | Table)[] = doc.titleFirst ? [...titled, ...heading] : [...heading, ...titled];
  const { lead, rest } = bylinePlacement(doc);
  front.push(...bodyParagraphs(lead, false, scripts, pictures));
  if (doc.byline) {
    front.push(
      paragraph({
        ...lineRuns({ text: doc.byline, italic: true }),
        alignment: AlignmentType.CENTER,
        spacing: { after: 360 },
      }),
    );
  }
  if (doc.coverNote)
    front.push(paragraph({ children: textRuns([{ text: doc.coverNote }], scripts), style: COVER_NOTE_STYLE }));
  if (doc.salutation) front.push(paragraph(lineRuns({ text: doc.salutation })));

  const signature = (doc.signature ?? []).map((line, i) =>
    paragraph({
      ...lineRuns({ text: line }),
      ...(i === 0 ? { spacing: { before: 480, after: 0 } } : tight),
      keepNext: true,
    }),
  );

  const pageParts = docxHeadersFooters(doc);

  return new Document({
    // Overwritten by scrubDocx from the same allow-list; set here too so no library default slips in.
    title: doc.title ?? '',
    creator: NEUTRAL_AUTHOR,
    lastModifiedBy: NEUTRAL_AUTHOR,
    description: '',
    subject: '',
    keywords: '',
    styles: docxStyles(doc.language, scripts.cjk ?? null, doc.layout),
    numbering: { config: docxNumbering(orderedStarts(doc.blocks)) },
    sections: [
      {
        properties: {
          titlePage: pageParts.titlePage,
          page: {
            size: PAPER[doc.paper].twips,
            margin: {
              top: margin,
              bottom: margin,
              left: margin,
              right: margin,
              header: margin / 2,
              footer: margin / 2,
            },
          },
        },
        ...optional('headers', pageParts.headers),
        footers: pageParts.footers,
        children: [...front, ...bodyParagraphs(rest, doc.numberedParagraphs === true, scripts, pictures), ...signature],
      },
    ],
  });
}
