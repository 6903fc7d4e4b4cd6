import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HEADER_FILE, ITEMS_DIR_PATTERN, LOCK_FILE } from './constants';

/** How much of vault.json is read to see whether it is Harbor's (the format name comes first). */
const SNIFF_BYTES = 512;

async function headerLooksLikeHarbor(file: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return false; // a link to nowhere, or a file Harbor may not read
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes('"harbor-vault"');
  } finally {
    await handle.close();
  }
}

/**
 * A Harbor vault folder, known by its marker files: a vault.json that names the format, or an
 * items-NNNNNN generation beside a vault.json or vault.lock (a header damaged or mid-erase is still
 * a vault that a stray file must not land in).
 */
export async function isVaultFolder(dir: string): Promise<boolean> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  if (!names.includes(HEADER_FILE) && !names.includes(LOCK_FILE)) return false;
  if (names.some((n) => ITEMS_DIR_PATTERN.test(n))) return true;
  return names.includes(HEADER_FILE) && headerLooksLikeHarbor(path.join(dir, HEADER_FILE));
}

/** The vault folder that holds `dir` (itself or an ancestor, by real path), or null. */
export async function enclosingVaultFolder(dir: string): Promise<string | null> {
  let at = await fs.realpath(dir);
  for (;;) {
    if (await isVaultFolder(at)) return at;
    const parent = path.dirname(at);
    if (parent === at) return null;
    at = parent;
  }
}

/**
 * Whether writing `target` would put a file inside a Harbor vault folder (a vault's own vault.json
 * replaced by an export made the vault unopenable): by the real path of its folder and, for an
 * existing target, of the target itself, so a symbolic link cannot lead there. A folder that does
 * not exist holds no vault; the write itself then reports it missing.
 */
export async function isInsideVault(target: string): Promise<boolean> {
  if (await holdsVault(path.dirname(target))) return true;
  const real = await fs.realpath(target).catch(() => null);
  return real !== null && (await holdsVault(path.dirname(real)));
}

async function holdsVault(dir: string): Promise<boolean> {
  try {
    return (await enclosingVaultFolder(dir)) !== null;
  } catch {
    return false; // a folder that does not exist
  }
}
