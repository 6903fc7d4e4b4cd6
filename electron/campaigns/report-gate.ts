import type { GrantTerms } from '../../shared/consent/grant';
import { REDACTABLE_CATEGORIES } from '../../shared/consent/grant';
import type { DocumentLanguage } from '../../shared/core/export-formats';
import { releaseDocument } from '../../shared/release/release-gate';
import { registerFromDoc, type DetailRegister } from '../../shared/story/detail-register';
import { createProfileStore } from '../consent/profile-store';
import { createStoryService } from '../stories/story-service';
import type { OpenVault } from '../vault/types';

/**
 * The terms a campaign's own text leaves under: no one's consent covers what an advocate typed
 * (a bill title, a partner's name, a note), so it leaves as the strictest consent would let it:
 * the writer anonymous and every kind of marked detail withheld. Only quoted excerpts leave under
 * their writer's own, usually wider, consent.
 */
export const CAMPAIGN_TEXT_TERMS: GrantTerms = Object.freeze({
  audience: { kind: 'advocacy-organization', name: 'campaign report' },
  purpose: 'campaign report',
  identity: { mode: 'anonymous' },
  redact: { categories: [...REDACTABLE_CATEGORIES], keep: [] },
  formats: ['docx', 'pdf'],
  expiresOn: '9999-12-31',
  note: '',
  publicRecordAcknowledged: false,
  coverNote: false,
}) as GrantTerms;

/** Every detail marked in any story of this vault (trashed ones too): what campaign text must never carry. */
export async function vaultRegisters(vault: OpenVault): Promise<DetailRegister[]> {
  const stories = createStoryService(vault);
  const out: DetailRegister[] = [];
  for (const summary of await stories.list({ includeTrashed: true })) {
    const story = await stories.get(summary.id);
    out.push(registerFromDoc(story.doc, story.details));
  }
  return out;
}

/**
 * The release gate for a campaign's own lines: the writer's name (as `profile set` keeps it) and
 * every detail marked in any story are withheld wherever they were typed.
 */
export async function campaignTextGate(
  vault: OpenVault,
  language: DocumentLanguage,
): Promise<{ line: (text: string) => string; fullName: string }> {
  const { fullName } = await createProfileStore(vault).get();
  const registers = await vaultRegisters(vault);
  const released = releaseDocument({}, { terms: CAMPAIGN_TEXT_TERMS, author: { full: fullName }, language, registers });
  return { line: released.line, fullName };
}
