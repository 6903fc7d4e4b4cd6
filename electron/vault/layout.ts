import { promises as fs } from 'node:fs';
import path from 'node:path';
import { removeTempEntries } from '../platform/atomic-write';
import {
  HEADER_FILE,
  ITEM_ID_PATTERN,
  ITEMS_DIR_PATTERN,
  MAX_HEADER_BYTES,
  MAX_ITEM_FILE_BYTES,
  REVISION_FILE_PATTERN,
} from './constants';
import { ITEM_HEAD_BYTES } from './item-file';
import { mapLimit } from './mutex';
import { vaultErrors } from './vault-errors';

/**
 * Where things live:
 *   <vault>/vault.json                       header
 *   <vault>/vault.lock                       writer lock
 *   <vault>/items-NNNNNN/<itemId>/NNNNNNNNNN  one file per kept revision
 * Only names matching these patterns are ever read; only Harbor's own temp names and
 * unreferenced items-* generations are ever deleted.
 */

export const headerPath = (dir: string) => path.join(dir, HEADER_FILE);
export const itemsPath = (dir: string, itemsDir: string) => path.join(dir, itemsDir);
export const revisionFileName = (revision: number) => String(revision).padStart(10, '0');

export function isItemId(id: unknown): id is string {
  return typeof id === 'string' && ITEM_ID_PATTERN.test(id);
}

export function isRevision(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 0xffffffff;
}

const isMissing = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/**
 * A folder where a revision file belongs (made outside Harbor) reads as empty, which does not
 * authenticate: verify reports it and reading falls back to an older revision, instead of failing.
 */
const folderAsEmpty = (error: unknown): Buffer => {
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return Buffer.alloc(0);
  throw error;
};

export async function headerExists(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(headerPath(dir))).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

export async function readHeaderBytes(dir: string): Promise<Buffer> {
  const file = headerPath(dir);
  const stat = await fs.stat(file).catch((error: unknown) => {
    if (isMissing(error)) throw vaultErrors.noVault();
    throw error;
  });
  if (!stat.isFile() || stat.size > MAX_HEADER_BYTES) throw vaultErrors.headerDamaged('too large');
  return fs.readFile(file);
}

export async function listItemIds(items: string): Promise<string[]> {
  const names = await fs.readdir(items).catch((error: unknown) => {
    if (isMissing(error)) return [] as string[];
    throw error;
  });
  const ids = names.filter((n) => ITEM_ID_PATTERN.test(n));
  // Stryker disable next-line MethodExpression: Node lists a folder sorted on Linux and macOS (libuv sorts what scandir gives); the sort is for Windows drives (FAT, exFAT) that list in the order names were made
  return ids.sort();
}

/** Revision numbers present for an item, newest first; null when the item has no directory. */
export async function listRevisions(itemDir: string): Promise<number[] | null> {
  let names: string[];
  try {
    names = await fs.readdir(itemDir);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  return names
    .filter((n) => REVISION_FILE_PATTERN.test(n))
    .map(Number)
    .filter((n) => n >= 1 && n <= 0xffffffff)
    .sort((a, b) => b - a);
}

/** Most revisions fit in one read; reading without a separate stat saves a thread-pool round trip per file. */
const FIRST_READ = 64 * 1024;

/** The whole file, or null if it is missing; an impossibly large (hostile) file reads as empty. */
export async function readItemBytes(file: string): Promise<Buffer | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    return folderAsEmpty(error);
  }
  try {
    const first = Buffer.alloc(FIRST_READ);
    const { bytesRead } = await handle.read(first, 0, FIRST_READ, 0);
    // Stryker disable next-line EqualityOperator: a file of exactly FIRST_READ bytes is read whole either way (here or by the loop below, which then reads nothing)
    if (bytesRead < FIRST_READ) return first.subarray(0, bytesRead);
    const { size } = await handle.stat();
    if (size > MAX_ITEM_FILE_BYTES) return Buffer.alloc(0);
    const whole = Buffer.alloc(size);
    first.copy(whole);
    let done = FIRST_READ;
    // Stryker disable next-line EqualityOperator: one more read at the end reads nothing and stops
    while (done < size) {
      const { bytesRead: n } = await handle.read(whole, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return whole.subarray(0, done);
  } catch (error) {
    return folderAsEmpty(error);
  } finally {
    await handle.close();
  }
}

/** Just enough of a revision file to open its envelope (kind, time, name). */
export async function readItemHead(file: string): Promise<Buffer | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    return folderAsEmpty(error);
  }
  try {
    const buffer = Buffer.alloc(ITEM_HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, ITEM_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    return folderAsEmpty(error);
  } finally {
    await handle.close();
  }
}

/**
 * After taking the lock: remove what interrupted writes left behind. Temp files are always
 * incomplete copies; an items-* directory the header does not name is either a rotation that
 * crashed before switching (incomplete) or the generation it replaced (obsolete); an item directory
 * with no revision is a create that crashed before its first save.
 */
export async function cleanUp(dir: string, activeItemsDir: string): Promise<void> {
  const top = await fs.readdir(dir);
  await removeTempEntries(dir, top);
  for (const name of top) {
    if (ITEMS_DIR_PATTERN.test(name) && name !== activeItemsDir) {
      await fs.rm(path.join(dir, name), {
        recursive: true,
        // Stryker disable next-line BooleanLiteral: the name was just listed under the vault's lock; force only spares an error if something outside Harbor removed it meanwhile
        force: true,
      });
    }
  }
  const items = itemsPath(dir, activeItemsDir);
  const names = await fs.readdir(items).catch((error: unknown) => {
    if (isMissing(error)) return [] as string[];
    throw error;
  });
  await removeTempEntries(items, names);
  await mapLimit(
    names.filter((n) => ITEM_ID_PATTERN.test(n)),
    16,
    async (id) => {
      const itemDir = path.join(items, id);
      let entries: string[];
      try {
        entries = await fs.readdir(itemDir);
      } catch {
        return; // a file of an item's name is not Harbor's: left alone
      }
      await removeTempEntries(itemDir, entries);
      if (entries.some((e) => REVISION_FILE_PATTERN.test(e))) return;
      await fs.rm(itemDir, {
        recursive: true,
        // Stryker disable next-line BooleanLiteral: the folder was just listed under the vault's lock; force only spares an error if something outside Harbor removed it meanwhile
        force: true,
      });
    },
  );
}
