import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/ipc/contract';
import { harbor } from '../platform/bridge';
import { phaseFor, type VaultPhase } from './vault-phase';

/**
 * Asks the main process which screen to show, and follows the vault as it is created, unlocked and
 * locked. The main process reloads the window after a lock; the `vault:locked` listener is a second
 * line so an open vault's screens never outlive the keys even if that reload is late.
 */
export function useVaultPhase() {
  const [phase, setPhase] = useState<VaultPhase>('loading');

  const refresh = useCallback(async () => {
    setPhase('loading');
    const result = await harbor.vault.status();
    setPhase(result.ok ? phaseFor(result.value) : 'unavailable');
  }, []);

  useEffect(() => {
    void refresh();
    return harbor.events.onLocked(() => setPhase('unlock'));
  }, [refresh]);

  return {
    phase,
    refresh,
    opened: useCallback((status?: VaultStatus) => setPhase(status ? phaseFor(status) : 'unlocked'), []),
    showRecover: useCallback(() => setPhase('recover'), []),
    showUnlock: useCallback(() => setPhase('unlock'), []),
  };
}
