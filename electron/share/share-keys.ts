import { argon2idRaw, KDF_FLOOR, type KdfCost } from '../vault/kdf';
import { hmac, subkey, wipe } from '../vault/aead';
import { KEY_BYTES } from '../vault/constants';
import { KEY_CHECK_BYTES } from './share-file';

/** As strong as a new vault (64 MiB, 3 passes): a share code is guessed offline, like a passphrase. */
export const SHARE_KDF_DEFAULT: KdfCost = Object.freeze({ memoryKiB: 65536, iterations: 3, parallelism: 1 });

/**
 * What a package may ask for: never below the vault's floor (a file edited down to cheap settings
 * would make the code cheap to guess), and at most about two seconds of work, so a hostile file
 * cannot tie Harbor up. The work bound at the floor's two passes also caps memory at 256 MiB, and
 * Argon2id's own minimum (8 KiB per lane) lies far below the floor.
 */
const SHARE_KDF_MAX = { iterations: 16, parallelism: 4, work: 65536 * 8 };

export function shareKdfAcceptable(p: KdfCost): boolean {
  return (
    p.memoryKiB >= KDF_FLOOR.memoryKiB &&
    p.iterations >= KDF_FLOOR.iterations &&
    p.parallelism >= 1 &&
    p.iterations <= SHARE_KDF_MAX.iterations &&
    p.parallelism <= SHARE_KDF_MAX.parallelism &&
    p.memoryKiB * p.iterations <= SHARE_KDF_MAX.work
  );
}

/**
 * One stretched code, four keys for four jobs: the package body, a check that tells a wrong code
 * from a damaged file, and the keys that authenticate the writer's revocation and the advocate's
 * receipts. Anyone without the code can forge neither.
 */
export interface ShareKeys {
  package: Buffer;
  check: Buffer;
  revocation: Buffer;
  receipt: Buffer;
}

export type DeriveShareKeys = (canonicalCode: string, salt: Buffer, cost: KdfCost) => Promise<ShareKeys>;

export function keysFromMaster(master: Buffer): ShareKeys {
  return {
    package: subkey(master, 'harbor-share package v1'),
    check: subkey(master, 'harbor-share check v1'),
    revocation: subkey(master, 'harbor-share revocation v1'),
    receipt: subkey(master, 'harbor-share receipt v1'),
  };
}

export const deriveShareKeys: DeriveShareKeys = async (canonicalCode, salt, cost) => {
  const password = Buffer.from(canonicalCode, 'utf8');
  const master = await argon2idRaw(password, salt, cost, KEY_BYTES);
  try {
    return keysFromMaster(master);
  } finally {
    wipe(master, password);
  }
};

export function keyCheck(keys: ShareKeys, checkedBytes: Buffer): Buffer {
  return hmac(keys.check, checkedBytes).subarray(0, KEY_CHECK_BYTES);
}

export function wipeKeys(keys: ShareKeys): void {
  wipe(keys.package, keys.check, keys.revocation, keys.receipt);
}
