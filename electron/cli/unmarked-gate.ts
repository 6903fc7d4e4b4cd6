import type { IdentifyingKind } from '../../shared/consent/identifying-details';
import type { UnmarkedCandidate } from '../../shared/consent/unmarked-check';
import { HarborError } from '../../shared/errors';
import type { CliIo } from './cli-io';

/** The kinds in the words the app's check uses (the command line speaks English). */
const KIND_WORDS: Record<IdentifyingKind, string> = {
  email: 'Email',
  phone: 'Phone number',
  address: 'Street address',
  date: 'Date',
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
};

/**
 * The export pipeline's identifying-detail gate refuses in the command line's words: the
 * candidates on standard error, one a line, then exit 5.
 */
export function refuseUndecided(io: CliIo, candidates: readonly UnmarkedCandidate[]): never {
  io.err('Possible identifying details that are not marked:');
  for (const c of candidates) io.err(`  ${KIND_WORDS[c.kind]}: ${c.text}`);
  throw new HarborError('consent_refused', { key: 'consent.unmarkedRefused', params: { count: candidates.length } });
}
