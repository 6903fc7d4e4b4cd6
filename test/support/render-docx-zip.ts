import type { ChartPictureOrNote } from '../../electron/export/chart-png';
import { renderDocxParts } from '../../electron/export/render-docx';
import { writeZip } from '../../electron/export/zip-write';
import type { ExportDocument } from '../../shared/export/export-document';

/** The writer's parts zipped but not scrubbed: what the scrubber's own tests and bench feed it. */
export async function renderDocx(
  input: ExportDocument,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): Promise<Buffer> {
  return writeZip(renderDocxParts(input, pictures));
}
