export * from './builtin/index';
export * from './template-file';
export * from './template-schema';
