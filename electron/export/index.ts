export type { PdfPrinter, PrintOptions } from './pdf-printer';
export { createChromiumPrinter, type ChromiumPrinter } from './chromium-printer';
export { exportDocx, exportPdf } from './export-file';
export { scrubDocx } from './scrub-docx-file';
export { scrubPdf } from './scrub-pdf';
