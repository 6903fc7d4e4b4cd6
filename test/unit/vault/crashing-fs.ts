import { nodeVaultFs, type VaultFs } from '../../../electron/vault/testing';

/**
 * File operations for the vault that "die" at a chosen point: the first operation `at` picks throws,
 * and so does every one after it, as if the process had been killed there. What is on disk is then
 * exactly what a crash at that point would leave.
 */
export function crashingFs(at: (op: 'rename' | 'rm', target: string, from?: string) => boolean): VaultFs & {
  crashed(): boolean;
} {
  let dead = false;
  const die = () => {
    dead = true;
    return new Error('simulated crash');
  };
  const alive = () => {
    if (dead) throw new Error('simulated crash (already dead)');
  };
  return {
    open: async (file, flags, mode) => (alive(), nodeVaultFs.open(file, flags, mode)),
    syncFile: async (handle) => (alive(), nodeVaultFs.syncFile(handle)),
    syncDir: async (dir) => (alive(), nodeVaultFs.syncDir(dir)),
    rename: async (from, to) => {
      alive();
      if (at('rename', to, from)) throw die();
      return nodeVaultFs.rename(from, to);
    },
    rm: async (target, opts) => {
      alive();
      if (at('rm', target)) throw die();
      return nodeVaultFs.rm(target, opts);
    },
    crashed: () => dead,
  };
}

/** Before the switch: the moment the new vault.json would replace the old one. */
export const atHeaderRename = (op: 'rename' | 'rm', target: string) => op === 'rename' && target.endsWith('vault.json');
/** After the switch, before the old generation is removed. */
export const atOldGenerationRemoval = (op: 'rename' | 'rm', target: string) =>
  op === 'rm' && /items-\d{6}$/.test(target);

/** No syncs: for the benchmark's setup, which fills a vault and is not what is measured. */
export const noSyncFs: VaultFs = { ...nodeVaultFs, syncFile: async () => undefined, syncDir: async () => undefined };
