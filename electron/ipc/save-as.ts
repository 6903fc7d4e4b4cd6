import path from 'node:path';
import { HarborError } from '../../shared/errors';
import { saveFile, type WrittenFile } from '../platform/save-file';
import { isInsideVault } from '../vault/vault-folder';
import type { MainContext, SaveKind } from './main-context';

/** Where to save: null = the person cancelled. */
export type ChooseSavePath = (suggestedName: string, kind: SaveKind) => Promise<string | null>;

/**
 * The save dialog as every handler sees it: the path comes from the system's dialog, never from
 * the renderer, and a place inside a Harbor vault folder is refused before anything is written
 * (the same rule as the CLI's --out), so no export can replace the vault's own files.
 */
export function saveChooser(ctx: Pick<MainContext, 'chooseSavePath'>): ChooseSavePath {
  return async (suggestedName, kind) => {
    if (!ctx.chooseSavePath) throw new HarborError('unsupported', 'export.cannotSaveHere');
    const chosen = await ctx.chooseSavePath(suggestedName, kind);
    if (chosen === null) return null;
    const target = path.resolve(chosen);
    if (await isInsideVault(target)) throw new HarborError('forbidden', 'export.savingInVault');
    return target;
  };
}

/** Choose a path, write atomically, return the name (only the name: the folder may describe the person). */
export async function saveAs(
  choose: ChooseSavePath,
  suggestedName: string,
  kind: SaveKind,
  bytes: Uint8Array,
): Promise<WrittenFile | null> {
  const target = await choose(suggestedName, kind);
  return target === null ? null : saveFile(target, bytes);
}
