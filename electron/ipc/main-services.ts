import * as vaultBackend from '../vault/index';
import type { CreateVaultOptions } from '../vault/types';
import { createVaultSession, type VaultBackend, type VaultSession } from '../session/vault-session';
import type { MainContext } from './main-context';

/** The long-lived services behind the handlers; the shell also uses them (lock on suspend). */
export interface MainServices {
  session: VaultSession;
}

export interface ServiceOptions {
  backend?: VaultBackend;
  /** KDF parameters for new vaults; left out in the app so the KDF is calibrated to the computer. */
  createOptions?: Omit<CreateVaultOptions, 'recoveryKey'>;
}

export function createMainServices(ctx: MainContext, opts: ServiceOptions = {}): MainServices {
  const session = createVaultSession({
    dir: ctx.vaultDir,
    backend: opts.backend ?? vaultBackend,
    ...(opts.createOptions ? { createOptions: opts.createOptions } : {}),
    autoLockMinutes: () => ctx.prefs.get().autoLockMinutes,
    requestRendererLock: (reason) => ctx.emit('vault:lock-requested', { reason }),
    afterLock: (reason) => {
      ctx.emit('vault:locked', { reason });
      ctx.reloadRenderer();
    },
  });
  return { session };
}
