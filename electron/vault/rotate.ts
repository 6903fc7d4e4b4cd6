import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  DIR_MODE,
  fsyncDir,
  makeDir,
  writeFileAtomic,
  type VaultFs,
  type WriteOptions,
} from '../platform/atomic-write';
import { reencryptItemFile } from './item-file';
import { listItemIds, listRevisions, readItemBytes, revisionFileName } from './layout';
import { mapLimit } from './mutex';

export interface GenerationCopy {
  oldItems: string;
  nextItems: string;
  oldKey: Buffer;
  newKey: Buffer;
  vaultIdBytes: Buffer;
  fs: VaultFs;
}

/**
 * Key rotation's heavy half: every kept revision re-encrypted (fresh item key, new vault key) into a
 * new generation directory that nothing references yet. Until the caller switches vault.json, a
 * crash here costs nothing: the old generation is untouched and the new one is removed on open.
 * Returns the revisions that no longer authenticated and so could not be carried over.
 */
export async function reencryptGeneration(input: GenerationCopy): Promise<{ itemId: string; revision: number }[]> {
  const { oldItems, nextItems, oldKey, newKey, vaultIdBytes } = input;
  // Always synced: the new generation becomes the vault at the switch, so it must be on disk first.
  const write: WriteOptions = { durable: true, fs: input.fs };
  const skipped: { itemId: string; revision: number }[] = [];
  await fs.rm(nextItems, { recursive: true, force: true });
  await makeDir(nextItems, write);
  await mapLimit(await listItemIds(oldItems), 8, async (id) => {
    const revisions = (await listRevisions(path.join(oldItems, id))) ?? [];
    const target = path.join(nextItems, id);
    await fs.mkdir(target, { mode: DIR_MODE });
    const itemId = Buffer.from(id, 'hex');
    for (const revision of revisions) {
      const bytes = await readItemBytes(path.join(oldItems, id, revisionFileName(revision)));
      const out = bytes && reencryptItemFile(oldKey, newKey, { vaultId: vaultIdBytes, itemId, revision }, bytes);
      if (!out || !Buffer.isBuffer(out)) {
        skipped.push({ itemId: id, revision });
        continue;
      }
      await writeFileAtomic(path.join(target, revisionFileName(revision)), out, write);
    }
  });
  await fsyncDir(nextItems, write.fs);
  // Item ids are lower-case hex, which every locale orders as the code points do.
  return skipped.sort((a, b) => a.itemId.localeCompare(b.itemId) || a.revision - b.revision);
}
