import type { ExportDocument } from '../../../shared/export/export-document';
import { EXPORT_LABELS } from '../../../shared/export/export-labels';
import { RUNNING_SEPARATOR } from '../../../shared/export/running-header';
import { FOOTER_OPEN, HEADER_OPEN } from './wordml-fixed-parts';
import { paragraphXml } from './wordml-paragraph';
import { runPropsXml, textXml } from './wordml-run';
import { LABEL_SIZE } from './wordml-names';

/** One header or footer part of the package, and which pages it is for. */
export interface PagePart {
  kind: 'header' | 'footer';
  type: 'default' | 'first';
  xml: string;
}

const LABEL = runPropsXml({ size: LABEL_SIZE });
const labelRun = (inner: string) => `<w:r>${LABEL}${inner}</w:r>`;

/** A page field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, end, each in its own run. */
const field = (instruction: string) =>
  labelRun('<w:fldChar w:fldCharType="begin"/>') +
  labelRun(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`) +
  labelRun('<w:fldChar w:fldCharType="separate"/>') +
  labelRun('<w:fldChar w:fldCharType="end"/>');

/** "… Page N of M": the texts before the page number share the first run. */
function pageOfRuns(language: ExportDocument['language'], before: string[]): string {
  const label = EXPORT_LABELS[language];
  const lead = [...before, `${label.page} `].map(textXml).join('');
  return labelRun(lead) + field('PAGE') + labelRun(textXml(` ${label.of} `)) + field('NUMPAGES');
}

const EMPTY = paragraphXml({});

/**
 * Word's side of shared/export/running-header.ts: with a running header, pages 2 on carry it at
 * the top right with PAGE/NUMPAGES fields, and the first page (a different first page, titlePage)
 * only its number at the foot. Without one, every page has its number at the foot.
 */
export function pageParts(doc: Pick<ExportDocument, 'language' | 'runningHeader'>): PagePart[] {
  const numberFooter = `${FOOTER_OPEN}${paragraphXml({ alignment: 'center' }, pageOfRuns(doc.language, []))}</w:ftr>`;
  if (!doc.runningHeader) return [{ kind: 'footer', type: 'default', xml: numberFooter }];
  const running = paragraphXml(
    { alignment: 'right' },
    pageOfRuns(doc.language, [doc.runningHeader + RUNNING_SEPARATOR]),
  );
  return [
    { kind: 'header', type: 'default', xml: `${HEADER_OPEN}${running}</w:hdr>` },
    { kind: 'header', type: 'first', xml: `${HEADER_OPEN}${EMPTY}</w:hdr>` },
    { kind: 'footer', type: 'default', xml: `${FOOTER_OPEN}${EMPTY}</w:ftr>` },
    { kind: 'footer', type: 'first', xml: numberFooter },
  ];
}
