export * from './budgets';
export * from './build-testimony-export';
export * from './layout-lines';
export * from './practice-timer';
export * from './section-text';
export * from './shared-quotes';
export * from './testimony-data';
export * from './new-testimony';
