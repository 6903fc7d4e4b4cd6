import { today } from '../../shared/core/dates';
import { isHarborError } from '../../shared/errors';
import { releaseDocument } from '../../shared/release/release-gate';
import { registerFromDoc, type DetailRegister } from '../../shared/story/detail-register';
import { createStoryService } from '../stories/story-service';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import { withdrawalLetter } from '../../shared/consent/withdrawal-letter';
import { exportDocx } from '../export/export-file';
import type { OpenVault } from '../vault/types';
import { createGrantStore } from './grant-store';
import { createProfileStore } from './profile-store';
import { createSharingHistory } from './sharing-history';

/** The registers of the stories a grant covers (a testimony or a deleted story adds none). */
async function registersOf(vault: OpenVault, ids: readonly string[]): Promise<DetailRegister[]> {
  const stories = createStoryService(vault);
  const out: DetailRegister[] = [];
  for (const id of ids) {
    try {
      const story = await stories.get(id);
      out.push(registerFromDoc(story.doc, story.details));
    } catch (error) {
      if (!isHarborError(error) || error.code !== 'not_found') throw error;
    }
  }
  return out;
}

/** The withdrawal letter for one grant as a scrubbed Word file (same renderer and allow-list as exports). */
export async function withdrawalLetterDocx(
  vault: OpenVault,
  grantId: string,
  lang: DocumentLanguage,
  clock: () => Date = () => new Date(),
): Promise<Buffer> {
  const grant = await createGrantStore(vault, clock).get(grantId);
  const { fullName } = await createProfileStore(vault).get();
  const sentOn = (await createSharingHistory(vault).list())
    .filter((r) => r.grantId === grant.id)
    .map((r) => r.at)
    .sort();
  // The letter is dated with the person's own calendar day.
  const day = today(clock);
  // The letter leaves Harbor too: the words the writer typed into the consent pass the release gate.
  const released = releaseDocument(
    { history: [grant.audience.name, grant.purpose] },
    { terms: grant, author: { full: fullName }, language: lang, registers: await registersOf(vault, grant.sourceIds) },
  );
  const [audienceName, purpose] = released.history as [string, string];
  const gated = { ...grant, audience: { ...grant.audience, name: audienceName }, purpose };
  return exportDocx(withdrawalLetter({ grant: gated, signedAs: released.authorName, today: day, sentOn }, lang));
}
