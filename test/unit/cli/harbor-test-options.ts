import type { CliOptions } from '../../../electron/cli/command';
// The constants module alone: the vault's barrel would load zod and more before every command.
import { KDF_FLOOR } from '../../../electron/vault/constants';

/** The tests' only difference from the shipped command: Argon2id at Harbor's floor for new vaults and share packages. */
export const TEST_CLI_OPTIONS: CliOptions = {
  kdf: { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 },
};
