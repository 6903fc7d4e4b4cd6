import type { TransformReport } from '../../shared/consent/transform';

export const emptyReport = (): TransformReport => ({ redacted: {}, identityReplacements: 0, privateNotesDropped: 0 });
