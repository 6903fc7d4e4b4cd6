import { Suspense, useEffect, useState } from 'react';
import { harbor } from '../platform/bridge';
import { PreferencesProvider } from '../platform/preferences/PreferencesContext';
import { LoadingScreen } from './LoadingScreen';
import { prefetch } from './lazy-screen';
import { FirstRunScreen, RecoverScreen, Workspace } from './screens';
import { UnavailableScreen } from './UnavailableScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { NeutralScreen } from '../features/safety/NeutralScreen';
import { useNeutralScreen } from '../features/safety/use-neutral-screen';
import { useSafetyListeners } from '../features/safety/use-safety-listeners';
import { listenForLockRequests } from '../platform/lock';
import { useActivityReporting } from './use-activity-reporting';
import { useVaultPhase } from './use-vault-phase';

export function App() {
  return (
    <PreferencesProvider fallback={<LoadingScreen />}>
      <Screens />
    </PreferencesProvider>
  );
}

/**
 * No vault → first run; locked → unlock (or recover); open → the app. Only the lock screen's code
 * loads with the page; the others load on demand (screens.ts), the workspace as soon as the lock
 * or first-run screen is up, so it is ready when the vault opens.
 */
function Screens() {
  return (
    <Suspense fallback={<LoadingScreen />}>
      <CurrentScreen />
    </Suspense>
  );
}

function CurrentScreen() {
  const vault = useVaultPhase();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    void harbor.app.info().then((result) => {
      if (result.ok) setVersion(result.value.version);
    });
    return listenForLockRequests();
  }, []);

  // Activity only matters while the vault is open; the main process ignores it otherwise.
  useActivityReporting(vault.phase === 'unlocked' || vault.phase === 'first-run');
  useSafetyListeners();
  const waitingToOpen = vault.phase === 'unlock' || vault.phase === 'first-run' || vault.phase === 'recover';
  useEffect(() => {
    if (waitingToOpen) prefetch(Workspace);
  }, [waitingToOpen]);
  const quickExit = useNeutralScreen();
  if (quickExit.neutral === null) return <LoadingScreen />;
  if (quickExit.neutral) return <NeutralScreen />;

  switch (vault.phase) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return <UnavailableScreen onRetry={() => void vault.refresh()} />;
    case 'first-run':
      return <FirstRunScreen version={version} onFinished={() => vault.opened()} />;
    case 'unlock':
      return <UnlockScreen onUnlocked={vault.opened} onForgot={vault.showRecover} />;
    case 'recover':
      return <RecoverScreen onRecovered={vault.opened} onBack={vault.showUnlock} />;
    case 'unlocked':
      return <Workspace />;
  }
}
