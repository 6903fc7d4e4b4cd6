export * from './grant';
export * from './check-grant';
export * from './identity';
export * from './placeholders';
export * from './summary';
export * from './transform';
export * from './cover-note';
export * from './withdrawal-letter';
