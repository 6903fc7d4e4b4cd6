import type { ExportDocument } from '../../../shared/export/export-document';
import { blockTexts, documentCjkLanguage, identityPattern } from '../../../shared/export/script-runs';
import type { ChartPictureOrNote } from '../chart-png';
import { appXml, coreXml } from '../docx-properties';
import type { ZipEntry } from '../zip';
import { documentXml, textWidth } from './wordml-document';
import {
  CONTENT_TYPES_OPEN,
  EMPTY_RELATIONSHIPS,
  FONT_TABLE_XML,
  PACKAGE_RELATIONSHIPS,
  SETTINGS_XML,
  THEME_XML,
} from './wordml-fixed-parts';
import { WordNumbering } from './wordml-numbering';
import { pageParts } from './wordml-page-parts';
import { PictureSink } from './wordml-picture';
import { stylesXml } from './wordml-styles';
import { orderedStarts } from './wordml-ordered-starts';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const override = (part: string, type: string) => `<Override ContentType="${type}" PartName="/${part}"/>`;
const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${OFFICE}/${type}" Target="${target}"/>`;
const relationships = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;

/**
 * The Word file's parts, not zipped, for an already normalised export document: exportDocx
 * scrubs them and zips once. The document's relationships are numbered as docx numbers them (3
 * and 4 were its footnotes and endnotes, which Harbor never writes), so the file is the one docx
 * wrote before, byte for byte (wordml-matches-docx.test.ts).
 */
export function wordmlParts(doc: ExportDocument, pictures: ReadonlyMap<string, ChartPictureOrNote>): ZipEntry[] {
  const cjk = documentCjkLanguage(blockTexts(doc.blocks)) ?? undefined;
  const scripts = { language: doc.language, cjk, identity: identityPattern(doc.identity) };
  const pages = pageParts(doc);
  // From rId6: the headers, then the footers, then the theme, the pictures and the font table.
  // Each kind is numbered in its own sequence: header1.xml, header2.xml, footer1.xml …
  const rid = (i: number) => `rId${6 + i}`;
  const seen = { header: 0, footer: 0 };
  const placed = pages.map((p, i) => ({ ...p, rId: rid(i), file: `${p.kind}${++seen[p.kind]}.xml` }));
  const themeRid = rid(pages.length);
  const media = new PictureSink(7 + pages.length);
  const numbering = new WordNumbering(orderedStarts(doc.blocks));
  const document = documentXml(
    doc,
    { scripts, numbering, pictures, media, textWidth: textWidth(doc) },
    {
      headers: placed.filter((p) => p.kind === 'header'),
      footers: placed.filter((p) => p.kind === 'footer'),
      titlePage: pages.length > 1,
    },
  );
  const images = media.files;
  const fontTableRid = `rId${7 + pages.length + images.length}`;

  const documentRels = relationships(
    relationship('rId1', 'styles', 'styles.xml') +
      relationship('rId2', 'numbering', 'numbering.xml') +
      relationship('rId5', 'settings', 'settings.xml') +
      placed.map((p) => relationship(p.rId, p.kind, p.file)).join('') +
      relationship(themeRid, 'theme', 'theme/theme1.xml') +
      images.map((m) => relationship(m.rId, 'image', `media/${m.name}`)).join('') +
      relationship(fontTableRid, 'fontTable', 'fontTable.xml'),
  );
  const contentTypes =
    CONTENT_TYPES_OPEN +
    override('word/document.xml', `${WORD}.document.main+xml`) +
    override('word/styles.xml', `${WORD}.styles+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    override('word/numbering.xml', `${WORD}.numbering+xml`) +
    override('word/settings.xml', `${WORD}.settings+xml`) +
    override('word/fontTable.xml', `${WORD}.fontTable+xml`) +
    override('word/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    placed.map((p) => override(`word/${p.file}`, `${WORD}.${p.kind}+xml`)).join('') +
    '</Types>';

  const text = (name: string, xml: string): ZipEntry => ({ name, data: Buffer.from(xml, 'utf8') });
  return [
    text('[Content_Types].xml', contentTypes),
    text('_rels/.rels', PACKAGE_RELATIONSHIPS),
    text('docProps/core.xml', coreXml(doc.title)),
    text('docProps/app.xml', appXml()),
    text('word/document.xml', document),
    text('word/_rels/document.xml.rels', documentRels),
    text('word/styles.xml', stylesXml(doc.language, cjk ?? null, doc.layout ?? 'standard')),
    text('word/numbering.xml', numbering.xml()),
    text('word/settings.xml', SETTINGS_XML),
    text('word/fontTable.xml', FONT_TABLE_XML),
    text('word/_rels/fontTable.xml.rels', EMPTY_RELATIONSHIPS),
    text('word/theme/theme1.xml', THEME_XML),
    ...placed.flatMap((p) => [text(`word/${p.file}`, p.xml), text(`word/_rels/${p.file}.rels`, EMPTY_RELATIONSHIPS)]),
    ...images.map((m) => ({ name: `word/media/${m.name}`, data: Buffer.from(m.data) })),
  ];
}
