export * from './attribution';
export * from './check-excerpts';
export * from './describe-terms';
export * from './share-status';
export * from './share-terms';
export * from './use-record';
export * from './share-views';
