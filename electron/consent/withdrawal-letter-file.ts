import { localDay } from '../../shared/core/dates';
import { displayName } from '../../shared/consent/identity';
import type { DocumentLanguage } from '../../shared/consent/placeholders';
import { withdrawalLetter } from '../../shared/consent/withdrawal-letter';
import { exportDocx } from '../export/export-file';
import type { OpenVault } from '../vault/types';
import { createGrantStore } from './grant-store';
import { createProfileStore } from './profile-store';
import { createSharingHistory } from './sharing-history';

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
  const today = localDay(clock());
  return exportDocx(
    withdrawalLetter({ grant, signedAs: displayName({ full: fullName }, grant.identity, lang), today, sentOn }, lang),
  );
}
