import { z } from 'zod';
import type { AuthorProfile } from '../../shared/ipc/contract-consent';
import type { OpenVault } from '../vault/types';

const profileSchema = z.object({ fullName: z.string().max(200) });

/**
 * The writer's own name, one encrypted 'settings' item of the vault (never in preferences.json):
 * byline, signature and identity substitution all derive from it.
 */
export function createProfileStore(vault: OpenVault) {
  const find = async () =>
    (await vault.list<{ profile?: unknown }>('settings')).find((r) => r.data.profile !== undefined);
  return {
    async get(): Promise<AuthorProfile> {
      const record = await find();
      const parsed = profileSchema.safeParse(record?.data.profile);
      return parsed.success ? parsed.data : { fullName: '' };
    },
    async set(profile: AuthorProfile): Promise<AuthorProfile> {
      const next = profileSchema.parse({ fullName: profile.fullName.trim() });
      const record = await find();
      if (record) await vault.put(record.id, { ...record.data, profile: next });
      else await vault.create('settings', { profile: next });
      return next;
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
