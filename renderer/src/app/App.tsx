import { useEffect, useState } from 'react';
import { harbor } from '../platform/bridge';
import { PreferencesProvider } from '../platform/preferences/PreferencesContext';
import { FirstRun } from '../features/first-run/FirstRun';
import { LoadingScreen } from './LoadingScreen';
import { AppShell } from './shell/AppShell';
import { UnavailableScreen } from './UnavailableScreen';
import { RecoverScreen } from '../features/unlock/RecoverScreen';
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

/** No vault → first run; locked → unlock (or recover); open → the app. */
function Screens() {
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
  const quickExit = useNeutralScreen();
  if (quickExit.neutral === null) return <LoadingScreen />;
  if (quickExit.neutral) return <NeutralScreen />;

  switch (vault.phase) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return <UnavailableScreen onRetry={() => void vault.refresh()} />;
    case 'first-run':
      return <FirstRun version={version} onFinished={() => vault.opened()} />;
    case 'unlock':
      return <UnlockScreen onUnlocked={vault.opened} onForgot={vault.showRecover} />;
    case 'recover':
      return <RecoverScreen onRecovered={vault.opened} onBack={vault.showUnlock} />;
    case 'unlocked':
      return <AppShell />;
  }
}
