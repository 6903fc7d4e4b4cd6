import type { VaultStatus } from '../../../shared/ipc/contract';

/**
 * Which screen the app shows. `recover` is reached from the unlock screen; `first-run` stays until
 * the person has finished it (they may still be writing down their recovery key after the vault exists).
 */
export type VaultPhase = 'loading' | 'unavailable' | 'first-run' | 'unlock' | 'recover' | 'unlocked';

export function phaseFor(status: VaultStatus): VaultPhase {
  if (!status.exists) return 'first-run';
  return status.unlocked ? 'unlocked' : 'unlock';
}
