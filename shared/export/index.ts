export * from './export-document';
export * from './export-document-schema';
export * from './export-labels';
export * from './from-doc';
export * from './normalize-export-document';
export * from './paper';
export * from './pdf-page';
export * from './print-html';
