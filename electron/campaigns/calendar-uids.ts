import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { OpenVault } from '../vault/types';

/*
 * A calendar file's UIDs stay the same from one export to the next, so that importing the file
 * again updates its entries instead of adding copies. They must not be Harbor's item ids, though:
 * those name the vault's item folders, which anyone who finds the vault can read without its
 * passphrase, and a calendar file is passed on and synced to calendar services. With the ids in
 * it, the file and the vault could be told to belong together. Each UID is a keyed hash of the
 * ids it is made from, with a key kept only inside the vault (in a 'settings' item of its own).
 */

const keySchema = z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) });

type Settings = { calendarUids?: unknown };

/** The vault's calendar-UID key, made (32 random bytes) and kept the first time it is needed. */
export async function calendarUidKey(vault: OpenVault): Promise<Buffer> {
  const record = (await vault.list<Settings>('settings')).find((r) => r.data.calendarUids !== undefined);
  const kept = keySchema.safeParse(record?.data.calendarUids);
  if (kept.success) return Buffer.from(kept.data.key, 'hex');
  const key = randomBytes(32);
  const value = { key: key.toString('hex') };
  if (record) await vault.put(record.id, { ...record.data, calendarUids: value });
  else await vault.create('settings', { calendarUids: value });
  return key;
}

/** A UID's left-hand side: 128 bits of HMAC-SHA-256 of Harbor's own UID, in hex. */
export function opaqueUid(key: Buffer, uid: string): string {
  return createHmac('sha256', key).update(uid, 'utf8').digest('hex').slice(0, 32);
}
