import type { GrantTerms } from '../../shared/consent/grant';
import { createGrantStore } from '../../electron/consent/grant-store';
import { createProfileStore } from '../../electron/consent/profile-store';
import { keysFromMaster, type DeriveShareKeys } from '../../electron/share/share-keys';
import { argon2idRaw } from '../../electron/vault/kdf';
import { createStoryService } from '../../electron/stories/index';
import type { OpenVault } from '../../electron/vault/types';
import { doc, note, para, sensitive, text } from './doc-fixtures';

/** The floor: legal, and about 40 ms per derivation instead of half a second. */
export const FLOOR_KDF = { memoryKiB: 19456, iterations: 2, parallelism: 1 } as const;
export const NOW = new Date('2027-01-10T09:00:00Z');

/** Details the master copy holds and the package must never carry. */
export const SECRETS = ['Rosa', 'Delgado', 'Tijuana', 'Ruiz', 'María', 'only for me'] as const;

export const masterDoc = doc(
  para(
    text('I am María Ruiz. '),
    text('Rosa ', sensitive('person', 'p1')),
    text('Delgado', sensitive('person', 'p1')),
    text(' took me to '),
    text('Tijuana', sensitive('place', 'c1')),
    text(' in the spring.'),
  ),
  note('This part is only for me.'),
  para(text('Now I speak so it stops happening to others.')),
);

export const terms = (patch: Partial<GrantTerms> = {}): GrantTerms => ({
  audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
  purpose: 'the hearing on SB 123',
  identity: { mode: 'initials' },
  redact: { categories: ['person', 'place'], keep: [] },
  formats: ['pdf', 'docx'],
  expiresOn: '2027-06-01',
  note: '',
  publicRecordAcknowledged: true,
  coverNote: false,
  ...patch,
});

/** A writer's vault with the master story, their name, and one grant for it. */
export async function writerSetup(vault: OpenVault, grantPatch: Partial<GrantTerms> = {}) {
  const story = await createStoryService(vault).create({ title: 'What happened in Tijuana', doc: masterDoc });
  await createProfileStore(vault).set({ fullName: 'María Ruiz' });
  const grant = await createGrantStore(vault, () => NOW).create([story.id], terms(grantPatch));
  return { story, grant };
}

/**
 * Real Argon2id, remembered per (code, salt): the same package opened many times costs one
 * derivation. Results are copied out because callers wipe the keys they are given.
 */
export function cachedDerive(): DeriveShareKeys {
  const cache = new Map<string, Buffer>();
  return async (code, salt, cost) => {
    const k = `${code}|${salt.toString('hex')}|${cost.memoryKiB}|${cost.iterations}|${cost.parallelism}`;
    let master = cache.get(k);
    if (!master) {
      master = await argon2idRaw(Buffer.from(code), salt, cost, 32);
      cache.set(k, master);
    }
    return keysFromMaster(Buffer.from(master));
  };
}
