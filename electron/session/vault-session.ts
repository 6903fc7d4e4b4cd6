import { HarborError } from '../../shared/errors';
import type { VaultStatus } from '../../shared/ipc/contract';
import type { LockReason } from '../../shared/ipc/events';
import type { UnlockGuard } from './attempt-guard';
import type { CreateVaultOptions, OpenVault, RecoveredVault } from '../vault/types';
import { createAutoLock } from './auto-lock';

/** The vault functions the session needs; injected so tests can use fast parameters. */
export interface VaultBackend {
  vaultExists(dir: string): Promise<boolean>;
  createVault(
    dir: string,
    passphrase: string,
    opts?: CreateVaultOptions,
  ): Promise<{ vault: OpenVault; recoveryKey?: string }>;
  openVault(dir: string, passphrase: string): Promise<OpenVault>;
  recoverVault(dir: string, recoveryKey: string, newPassphrase: string): Promise<RecoveredVault>;
}

export interface VaultSessionOptions {
  dir: string;
  backend: VaultBackend;
  createOptions?: Omit<CreateVaultOptions, 'recoveryKey'>;
  autoLockMinutes: () => number;
  /** Ask the renderer to save pending text and then call vault:lock. */
  requestRendererLock: (reason: LockReason) => void;
  /** After the keys are gone: tell the renderer and throw away its memory. */
  afterLock: (reason: LockReason) => void;
  /** How long the renderer gets to save before the lock happens anyway. */
  flushGraceMs?: number;
  /** After unlock (e.g. build the in-memory search index). */
  onOpened?: (vault: OpenVault) => void;
  /** Before the keys are wiped (e.g. write what is due, drop the search index); awaited. */
  onClosing?: (reason: LockReason) => void | Promise<void>;
  /** Counts wrong passphrases and recovery keys, and makes repeated ones wait. */
  guard?: UnlockGuard;
}

export interface VaultSession {
  status(): Promise<VaultStatus>;
  create(passphrase: string, withRecoveryKey: boolean): Promise<{ recoveryKey: string | null }>;
  unlock(passphrase: string): Promise<VaultStatus>;
  /** Opens with the recovery key and a new passphrase; returns the new recovery key (the used one stops working). */
  recover(recoveryKey: string, next: string): Promise<{ status: VaultStatus; recoveryKey: string }>;
  isUnlocked(): boolean;
  /** The open vault, or HarborError('locked'). */
  require(): OpenVault;
  /** Confirms the person at the keyboard knows the passphrase before a sensitive change. */
  confirmPassphrase(passphrase: string): Promise<void>;
  activity(): void;
  /**
   * Lock triggered outside the renderer (idle, suspend, screen lock, closing the window): give it
   * a moment to save. Resolves once the vault is locked (at once if it is not open).
   */
  requestLock(reason: LockReason): Promise<void>;
  /** Lock now: zero keys, then reload the renderer. */
  lock(reason?: LockReason): Promise<void>;
  /** Runs `listener` after every lock, whatever started it (services above the session subscribe). */
  onLocked(listener: (reason: LockReason) => void): void;
}

export function createVaultSession(options: VaultSessionOptions): VaultSession {
  const { dir, backend } = options;
  let vault: OpenVault | null = null;
  let pendingReason: LockReason | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  /** Settles the promise requestLock handed out, whoever ends up locking (renderer or grace timer). */
  let lockWaiters: (() => void)[] = [];
  let requested: Promise<void> | null = null;
  const lockListeners: ((reason: LockReason) => void)[] = [];

  const autoLock = createAutoLock({
    minutes: options.autoLockMinutes,
    onIdle: () => session.requestLock('idle'),
  });

  const guarded = <T>(run: () => Promise<T>) => (options.guard ? options.guard.attempt(run) : run());

  const opened = (v: OpenVault): VaultStatus => {
    vault = v;
    autoLock.start();
    options.onOpened?.(v);
    return { exists: true, unlocked: true, hasRecoveryKey: v.hasRecoveryKey };
  };

  const session: VaultSession = {
    async status() {
      if (vault) return { exists: true, unlocked: true, hasRecoveryKey: vault.hasRecoveryKey };
      return { exists: await backend.vaultExists(dir), unlocked: false, hasRecoveryKey: null };
    },

    async create(passphrase, withRecoveryKey) {
      if (vault) throw new HarborError('exists', 'vault.alreadyOpen');
      const created = await backend.createVault(dir, passphrase, {
        ...options.createOptions,
        recoveryKey: withRecoveryKey,
      });
      opened(created.vault);
      return { recoveryKey: created.recoveryKey ?? null };
    },

    async unlock(passphrase) {
      if (vault) return session.status();
      return opened(await guarded(() => backend.openVault(dir, passphrase)));
    },

    async recover(recoveryKey, next) {
      if (vault) throw new HarborError('exists', 'vault.yoursAlreadyOpen');
      const recovered = await guarded(() => backend.recoverVault(dir, recoveryKey, next));
      return { status: opened(recovered.vault), recoveryKey: recovered.recoveryKey };
    },

    isUnlocked: () => vault !== null,

    require() {
      if (!vault) throw new HarborError('locked', 'vault.sessionLocked');
      return vault;
    },

    async confirmPassphrase(passphrase) {
      const ok = await session.require().verifyPassphrase(passphrase);
      if (!ok) throw new HarborError('wrong_passphrase', 'vault.wrongPassphrase');
    },

    activity() {
      if (vault) autoLock.activity();
    },

    requestLock(reason) {
      if (!vault) return Promise.resolve();
      if (pendingReason && requested) return requested;
      pendingReason = reason;
      requested = new Promise<void>((resolve) => lockWaiters.push(resolve));
      options.requestRendererLock(reason);
      graceTimer = setTimeout(() => void session.lock(reason).catch(() => undefined), options.flushGraceMs ?? 2_000);
      graceTimer.unref?.();
      return requested;
    },

    async lock(reason) {
      const why = reason ?? pendingReason ?? 'user';
      if (graceTimer) clearTimeout(graceTimer);
      graceTimer = null;
      pendingReason = null;
      autoLock.stop();
      const closing = vault;
      vault = null;
      const waiters = lockWaiters;
      lockWaiters = [];
      requested = null;
      try {
        await options.onClosing?.(why);
        if (closing) await closing.close();
        for (const listener of lockListeners) listener(why);
        options.afterLock(why);
      } finally {
        // Whoever waits for the lock (a closing window) goes on, even if closing the files failed.
        for (const done of waiters) done();
      }
    },
    onLocked: (listener) => void lockListeners.push(listener),
  };
  return session;
}
