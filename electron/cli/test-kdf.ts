import { KDF_FLOOR } from '../vault/index';
import type { CreateVaultOptions } from '../vault/types';

/**
 * TEST-ONLY. Not documented in the help text on purpose.
 *
 * HARBOR_TEST_KDF=floor makes `vault init` use Argon2id at exactly Harbor's floor (19 MiB, 2
 * passes) instead of calibrating to about half a second, so the command-line tests can create many
 * vaults quickly. It can only select the floor, which the vault itself enforces as the minimum for
 * every vault it creates or opens; no value of this variable can go below it. Any other value is
 * ignored and the KDF is calibrated as usual. Real vaults must never be made with it.
 */
export function kdfForNewVault(env: NodeJS.ProcessEnv): CreateVaultOptions['kdf'] | undefined {
  if (env.HARBOR_TEST_KDF !== 'floor') return undefined;
  return { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
}

/** The same switch for share packages: HARBOR_TEST_KDF=floor stretches share codes at the floor. */
export function shareKdfFor(env: NodeJS.ProcessEnv): { memoryKiB: number; iterations: number; parallelism: number } | undefined {
  return kdfForNewVault(env) as { memoryKiB: number; iterations: number; parallelism: number } | undefined;
}
