import { FIXED_DATE_ISO, NEUTRAL_AUTHOR, NEUTRAL_PRODUCER } from './neutral-metadata';
import { escapeXml } from './xml-tree';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** docProps/core.xml written from the allow-list alone: whatever the library put there is discarded. */
export function coreXml(title: string | null): string {
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title ?? '')}</dc:title>` +
    '<dc:subject></dc:subject>' +
    `<dc:creator>${NEUTRAL_AUTHOR}</dc:creator>` +
    '<cp:keywords></cp:keywords>' +
    '<dc:description></dc:description>' +
    `<cp:lastModifiedBy>${NEUTRAL_AUTHOR}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE_ISO}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE_ISO}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml: no company, manager, template, editing time or statistics. */
export function appXml(): string {
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${NEUTRAL_PRODUCER}</Application>` +
    '</Properties>'
  );
}
