// The categories live in shared/core (the document type names them).
export * from '../core/sensitive-categories';
