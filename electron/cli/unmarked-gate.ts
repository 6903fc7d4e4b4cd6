import type { IdentifyingKind } from '../../shared/consent/identifying-details';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import { storyCandidates, type UnmarkedCandidate } from '../../shared/consent/unmarked-check';
import { HarborError } from '../../shared/errors';
import type { ExportSource } from '../../shared/ipc/contract-consent';
import { findTestimonyDetails } from '../../shared/testimony/testimony-findings';
import { quotedStoryIds } from '../../shared/testimony/testimony-data';
import { createStoryService } from '../stories/index';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import type { OpenVault } from '../vault/types';
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
 * The app's identifying-detail gate (shared/consent/unmarked-check.ts) over what `harbor export`
 * would export: a story's text, or a testimony's sections and the stories it quotes. What the
 * person cleared as fine to share (on the story, the testimony or a quoted story) is not asked again.
 */
export async function undecidedCandidates(
  vault: OpenVault,
  source: ExportSource,
  lang: DocumentLanguage,
): Promise<UnmarkedCandidate[]> {
  const stories = createStoryService(vault);
  if (source.kind === 'story') return storyCandidates(await stories.get(source.id), lang);
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(source.id);
  const cleared = new Set(testimony.cleared ?? []);
  for (const id of quotedStoryIds(testimony)) {
    // A quoted story since deleted clears nothing; the export says what is missing.
    const story = await stories.get(id).catch(() => null);
    for (const key of story?.cleared ?? []) cleared.add(key);
  }
  return findTestimonyDetails(testimony, lang, cleared);
}

/** Lists the candidates on standard error, one a line, and refuses the export (exit 5). */
export function refuseUndecided(io: CliIo, candidates: readonly UnmarkedCandidate[]): never {
  io.err('Possible identifying details that are not marked:');
  for (const c of candidates) io.err(`  ${KIND_WORDS[c.kind]}: ${c.text}`);
  throw new HarborError('consent_refused', { key: 'consent.unmarkedRefused', params: { count: candidates.length } });
}
