import { scrubDocxParts, type ScrubDocxOptions } from './scrub-docx';
import { readZip } from './zip';

/**
 * A zipped DOCX through the same allow-list and cleaning as our renderer's parts (scrub-docx.ts).
 * Apart from it, so that exporting, which never reads a zip, does not load the zip reader.
 */
export function scrubDocx(docx: Buffer, options: ScrubDocxOptions): Buffer {
  return scrubDocxParts(readZip(docx), options);
}
