import type { TransformReport } from '../../shared/consent/transform';

export const emptyReport = (): TransformReport => ({ redacted: {}, identityReplacements: 0, privateNotesDropped: 0 });

/** Adds one transform's counts into a running total (a testimony applies the consent per quote). */
export function addReport(into: TransformReport, more: TransformReport): void {
  for (const [category, n] of Object.entries(more.redacted) as [keyof TransformReport['redacted'], number][]) {
    into.redacted[category] = (into.redacted[category] ?? 0) + n;
  }
  into.identityReplacements += more.identityReplacements;
  into.privateNotesDropped += more.privateNotesDropped;
}
