import { AlignmentType, Footer, Header, PageNumber, TextRun } from 'docx';
import type { ExportDocument } from '../../../shared/export/export-document';
import { EXPORT_LABELS } from '../../../shared/export/export-labels';
import { RUNNING_SEPARATOR } from '../../../shared/export/running-header';
import { paragraph } from './blocks';

import { LABEL_SIZE } from '../../../electron/export/wordml/wordml-names';

/**
 * Word's side of shared/export/running-header.ts: with a running header, pages 2 on carry it at
 * the top right with PAGE/NUMPAGES fields, and the first page (a different first page, titlePage)
 * only its number at the foot. Without one, every page has its number at the foot, as before.
 */
export function docxHeadersFooters(doc: Pick<ExportDocument, 'language' | 'runningHeader'>) {
  const label = EXPORT_LABELS[doc.language];
  const pageOf = [`${label.page} `, PageNumber.CURRENT, ` ${label.of} `, PageNumber.TOTAL_PAGES];
  const numberFooter = () =>
    new Footer({
      children: [
        paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: LABEL_SIZE, children: pageOf })] }),
      ],
    });
  if (!doc.runningHeader) return { titlePage: false, footers: { default: numberFooter() } };
  const running = new Header({
    children: [
      paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: LABEL_SIZE, children: [doc.runningHeader + RUNNING_SEPARATOR, ...pageOf] })],
      }),
    ],
  });
  const empty = () => ({ children: [paragraph({ children: [] })] });
  return {
    titlePage: true,
    headers: { default: running, first: new Header(empty()) },
    footers: { default: new Footer(empty()), first: numberFooter() },
  };
}
