import type { SafetyStatus } from '../../shared/ipc/contract-safety';
import type { Preferences } from '../../shared/preferences';
import type { VaultSession } from '../session/vault-session';
import { createFocusLock, type FocusLock } from '../session/focus-lock';
import { createClipboardGuard, type ClipboardAccess, type ClipboardGuard } from './clipboard-guard';
import type { UnlockGuard } from '../session/attempt-guard';

/** What only the desktop shell can do; electron/app supplies Electron's, tests supply stubs. */
export interface DesktopControls {
  minimize(): void;
  /** Closes the window (and with it Harbor). */
  close(): void;
  clipboard: ClipboardAccess;
  /** The neutral screen changed: the shell updates the window title and icon. */
  neutralChanged?(neutral: boolean): void;
}

export interface SafetyService {
  guard: UnlockGuard;
  clipboard: ClipboardGuard;
  focusLock: FocusLock;
  status(): Promise<SafetyStatus>;
  /** Clipboard, lock, then the chosen action. Resolves once the keys are gone. */
  quickExit(): Promise<void>;
  leaveNeutral(): void;
  neutralScreen(): boolean;
}

export interface SafetyServiceOptions {
  prefs: () => Preferences;
  session: VaultSession;
  guard: UnlockGuard;
  desktop?: DesktopControls;
}

export function createSafetyService({ prefs, session, guard, desktop }: SafetyServiceOptions): SafetyService {
  const clipboard = createClipboardGuard(desktop?.clipboard ?? null);
  let neutral = false;
  const setNeutral = (next: boolean) => {
    if (neutral === next) return;
    neutral = next;
    desktop?.neutralChanged?.(next);
  };
  const focusLock = createFocusLock({
    seconds: () => prefs().lockOnBlurSeconds,
    onTimeout: () => session.requestLock('focus-lost'),
  });
  // Every lock, whatever started it, takes Harbor's text off the clipboard.
  session.onLocked(() => void clipboard.clearIfOurs());

  return {
    guard,
    clipboard,
    focusLock,
    status: async () => ({ neutralScreen: neutral, attempts: await guard.status() }),
    async quickExit() {
      const action = prefs().quickExitAction;
      await clipboard.clearIfOurs();
      // Set before the lock reloads the window, so the reloaded page opens on the neutral screen.
      if (action === 'neutral') setNeutral(true);
      await session.lock('quick-exit');
      if (action === 'minimize') desktop?.minimize();
      if (action === 'close') desktop?.close();
    },
    leaveNeutral: () => setNeutral(false),
    neutralScreen: () => neutral,
  };
}
