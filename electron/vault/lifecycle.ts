import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, wipe } from './aead';
import { DIR_MODE, fsyncDir, makeDir, nodeVaultFs, writeFileAtomic, type VaultFs } from '../platform/atomic-write';
import {
  FORMAT_VERSION,
  ITEMS_DIR_PATTERN,
  KDF_DEFAULT_MEMORY_KIB,
  KDF_START_ITERATIONS,
  VAULT_ID_BYTES,
} from './constants';
import {
  assertDigest,
  headerMacValid,
  itemsDirName,
  kekMatches,
  parseHeader,
  serializeHeader,
  withMac,
  type VaultHeader,
} from './header';
import { assertKdfAcceptable, deriveKek, isBelowFloor, isBeyondMax, kdfThread, type Argon2id } from './kdf';
import { cleanUp, headerExists, headerPath, readHeaderBytes } from './layout';
import { VaultLock } from './lock-file';
import { checkPassphrase } from './key-ring';
import { openedVault } from './open-vault';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import type { CreateVaultOptions, KdfParams, OpenVault, RecoveredVault } from './types';
import { newSalt, newVaultKey, unwrapWithKek, unwrapWithRecovery, wrapWithKek, wrapWithRecovery } from './vault-key';
import { asHarborError, vaultErrors } from './vault-errors';

export async function vaultExists(dir: string): Promise<boolean> {
  try {
    return await headerExists(path.resolve(dir));
  } catch (error) {
    throw asHarborError(error);
  }
}

function chooseCost(
  requested: CreateVaultOptions['kdf'],
): Promise<Omit<KdfParams, 'salt' | 'algorithm'>> | Omit<KdfParams, 'salt' | 'algorithm'> {
  if (!requested) return kdfThread().calibrate();
  const cost = {
    memoryKiB: requested.memoryKiB ?? KDF_DEFAULT_MEMORY_KIB,
    iterations: requested.iterations ?? KDF_START_ITERATIONS,
    parallelism: requested.parallelism ?? 1,
  };
  if (!Object.values(cost).every((v) => Number.isSafeInteger(v))) {
    throw vaultErrors.invalid('vault.kdfNotWhole');
  }
  if (isBelowFloor(cost)) throw vaultErrors.weakKdfRequested();
  if (isBeyondMax(cost)) throw vaultErrors.invalid('vault.kdfBeyondMax');
  return cost;
}

export function createVault(
  dir: string,
  passphrase: string,
  opts: CreateVaultOptions = {},
): Promise<{ vault: OpenVault; recoveryKey?: string }> {
  return createWith(dir, passphrase, opts, nodeVaultFs);
}

/** createVault through the given file operations (only tests pass others, through testing.ts). */
export async function createWith(
  dir: string,
  passphrase: string,
  opts: CreateVaultOptions,
  vfs: VaultFs,
): Promise<{ vault: OpenVault; recoveryKey?: string }> {
  try {
    checkPassphrase(passphrase);
    const root = path.resolve(dir);
    const cost = await chooseCost(opts.kdf);
    if (await headerExists(root)) throw vaultErrors.vaultExists();
    await fs.mkdir(root, { recursive: true, mode: DIR_MODE });
    // A folder that already existed becomes private too (on Windows this changes nothing).
    await fs.chmod(root, DIR_MODE);
    const lock = await VaultLock.acquire(root);
    let vaultKey: Buffer | null = null;
    let kek: Buffer | null = null;
    try {
      if (await headerExists(root)) throw vaultErrors.vaultExists();
      // Leftovers of a create that crashed before writing vault.json are unreferenced: remove them.
      for (const name of await fs.readdir(root)) {
        if (!ITEMS_DIR_PATTERN.test(name)) continue;
        await fs.rm(path.join(root, name), {
          recursive: true,
          // Stryker disable next-line BooleanLiteral: the name was just listed under the vault's lock; force only spares an error if something outside Harbor removed it meanwhile
          force: true,
        });
      }
      const kdf: KdfParams = { algorithm: 'argon2id', ...cost, salt: newSalt() };
      const vaultId = randomBytes(VAULT_ID_BYTES).toString('hex');
      kek = await deriveKek(passphrase, kdf);
      vaultKey = newVaultKey();
      const recovery = opts.recoveryKey ? generateRecoveryKey() : null;
      const itemsDir = itemsDirName(1);
      const header = withMac(
        vaultKey,
        {
          format: 'harbor-vault',
          version: FORMAT_VERSION,
          vaultId,
          kdf,
          passphraseWrap: wrapWithKek(kek, vaultKey, vaultId, kdf),
          recoveryWrap: recovery ? wrapWithRecovery(recovery.raw, vaultKey, vaultId) : null,
          itemsDir,
        },
        kek,
      );
      wipe(recovery?.raw);
      await makeDir(path.join(root, itemsDir), { durable: true, fs: vfs });
      // vault.json last: until it exists there is no vault, only leftovers.
      await writeFileAtomic(headerPath(root), serializeHeader(header), { durable: true, fs: vfs });
      const vault = openedVault({ dir: root, header, vaultKey, kek, lock, fs: vfs });
      return recovery ? { vault, recoveryKey: recovery.text } : { vault };
    } catch (error) {
      wipe(vaultKey, kek);
      await lock.release().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw asHarborError(error);
  }
}

type Unlock = (header: VaultHeader) => Promise<{ vaultKey: Buffer; kek: Buffer | null }>;

/**
 * The one way in: lock, read and check the header, refuse weak parameters before any derivation,
 * unlock, check the header's MAC, clean up what a crash left, hand out the vault.
 */
export async function openWith(dir: string, unlock: Unlock, vfs: VaultFs = nodeVaultFs): Promise<OpenVault> {
  const root = path.resolve(dir);
  try {
    if (!(await headerExists(root))) throw vaultErrors.noVault();
    const lock = await VaultLock.acquire(root);
    let keys: { vaultKey: Buffer; kek: Buffer | null } | null = null;
    try {
      // Everything that can be checked without the passphrase is checked first: a damaged or edited
      // header is reported as damage, before the KDF runs and before any attempt can be counted.
      let header = parseHeader(await readHeaderBytes(root));
      assertKdfAcceptable(header.kdf);
      assertDigest(header);
      keys = await unlock(header);
      if (!headerMacValid(keys.vaultKey, header)) throw vaultErrors.headerDamaged('does not authenticate');
      await cleanUp(root, header.itemsDir);
      if (keys.kek && (header.kekCheck === undefined || header.digest === undefined)) {
        // A header from before the KEK check and digest existed gains them now, while the KEK is known.
        header = withMac(keys.vaultKey, header, keys.kek);
        await writeFileAtomic(headerPath(root), serializeHeader(header), { durable: true, fs: vfs });
      }
      // What cleanUp removed (the VaultFs skips this on Windows, which cannot sync a folder).
      await fsyncDir(root, vfs).catch(() => undefined);
      return openedVault({ dir: root, header, vaultKey: keys.vaultKey, kek: keys.kek, lock, fs: vfs });
    } catch (error) {
      if (keys) wipe(keys.vaultKey, keys.kek);
      await lock.release().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw asHarborError(error);
  }
}

/**
 * The wrap did not open. If the KEK is the one the header's check names, the passphrase was right
 * and the wrap was changed: damage, never a wrong attempt (which could count towards erasing).
 */
function wrapFailure(kek: Buffer, header: VaultHeader) {
  return kekMatches(kek, header) === true
    ? vaultErrors.headerDamaged('the key wrap does not authenticate')
    : vaultErrors.wrongPassphrase();
}

/** Unlocks with a KEK already derived (restore, and tests that must not pay for Argon2id each time). */
export function unlockWithKek(kek: Buffer): Unlock {
  return async (header) => {
    const vaultKey = unwrapWithKek(kek, header);
    if (!vaultKey) throw wrapFailure(kek, header);
    return { vaultKey, kek: Buffer.from(kek) };
  };
}

/**
 * The passphrase's way in. (Only tests pass another `fs`, through testing.ts; the command line
 * passes its own `compute`, which runs Argon2id in a worker thread.)
 */
export function openWithPassphrase(
  dir: string,
  passphrase: string,
  vfs: VaultFs = nodeVaultFs,
  compute?: Argon2id,
): Promise<OpenVault> {
  return openWith(
    dir,
    async (header) => {
      checkPassphrase(passphrase);
      const kek = await deriveKek(passphrase, header.kdf, compute);
      const vaultKey = unwrapWithKek(kek, header);
      if (!vaultKey) {
        const failure = wrapFailure(kek, header);
        wipe(kek);
        throw failure;
      }
      return { vaultKey, kek };
    },
    vfs,
  );
}

export interface OpenVaultOptions {
  /** Where Argon2id is computed; where runKdfIn chose (this thread unless chosen) unless given. */
  argon2id?: Argon2id;
}

export function openVault(dir: string, passphrase: string, options: OpenVaultOptions = {}): Promise<OpenVault> {
  return openWithPassphrase(dir, passphrase, nodeVaultFs, options.argon2id);
}

/**
 * The recovery key unwraps the vault key; the new passphrase then replaces the old one with new
 * keys, as a passphrase change does (key-ring.ts): the recovery key just used may have been seen, so
 * it stops working, and the new one is returned to be shown once.
 */
export async function recoverVault(dir: string, recoveryKey: string, newPassphrase: string): Promise<RecoveredVault> {
  // A HarborError already, refused before the vault is touched.
  checkPassphrase(newPassphrase);
  const vault = await openWith(dir, async (header) => {
    if (!header.recoveryWrap) throw vaultErrors.noRecoveryKey();
    const raw = parseRecoveryKey(recoveryKey);
    if (!raw) throw vaultErrors.malformedRecoveryKey();
    const vaultKey = unwrapWithRecovery(raw, header);
    wipe(raw);
    if (!vaultKey) throw vaultErrors.wrongRecoveryKey();
    return { vaultKey, kek: null };
  });
  try {
    const rotated = await vault.changePassphrase(newPassphrase);
    // The vault opened by its recovery key has one, so rotation always makes a new one.
    return { ...rotated, vault, recoveryKey: rotated.recoveryKey! };
  } catch (error) {
    await vault.close();
    throw asHarborError(error);
  }
}
