import { writeZip } from '../../../electron/export/zip-write';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

/** A .docx-shaped zip whose document part is `mib` MiB of highly compressible WordprocessingML. */
export function docxBomb(mib = 40): Buffer {
  const paragraph = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((mib * 1024 * 1024) / paragraph.length));
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'word/document.xml', data: Buffer.from(xml) },
  ]);
}

/** The same bomb, but every size field says the document part unpacks to 1 KB. */
export function lyingDocxBomb(mib = 40): Buffer {
  const zip = docxBomb(mib);
  const lie = 1024;
  // Local headers: size at +22; central directory entries: size at +24.
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = zip.readUInt32LE(at);
    if (signature === 0x04034b50 && zip.readUInt32LE(at + 22) > lie) zip.writeUInt32LE(lie, at + 22);
    if (signature === 0x02014b50 && zip.readUInt32LE(at + 24) > lie) zip.writeUInt32LE(lie, at + 24);
  }
  return zip;
}
