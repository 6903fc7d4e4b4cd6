import type { ExportDocument } from '../../shared/export/export-document';
import { normalizeExportDocument } from '../../shared/export/normalize-export-document';
import type { ChartPictureOrNote } from './chart-png';
import { wordmlParts } from './wordml/wordml-package';
import type { ZipEntry } from './zip';

/*
 * The Word file is written by Harbor's own WordprocessingML writer (wordml/), not by the `docx`
 * package: in a command that runs once, loading and warming docx was most of an export's time
 * (docs/decisions/0014-own-wordml-writer.md). The writer writes the bytes docx wrote, which
 * test/unit/export/wordml-matches-docx.test.ts holds it to, docx being the reference there.
 */

/**
 * The Word file's parts, not zipped: exportDocx scrubs them and zips once. Charts are placed as
 * the pictures given (keyed by their SVG, see chart-png.ts); without one, a chart's table stands alone.
 */
export function renderDocxParts(
  input: ExportDocument,
  pictures: ReadonlyMap<string, ChartPictureOrNote> = new Map(),
): ZipEntry[] {
  return wordmlParts(normalizeExportDocument(input), pictures);
}
