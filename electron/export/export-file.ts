/*
 * Kept apart from index.ts, which also offers the Chromium printer of tests and the command line:
 * the app's main process imports this file and prints through its own window instead. Each format
 * is a file of its own, so that the command line can load only the one it exports
 * (electron/cli/lazy-export-file.ts stands in for this file there).
 */
export { exportDocx } from './export-docx';
export { exportPdf } from './export-pdf';
